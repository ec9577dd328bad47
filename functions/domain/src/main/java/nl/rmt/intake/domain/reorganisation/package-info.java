/**
 * Reorganisations: an employer's announced job losses, registered by a region's desk, with the invitation its staff
 * apply through and the aggregate, small-number-suppressed view the employer gets.
 */
package nl.rmt.intake.domain.reorganisation;
