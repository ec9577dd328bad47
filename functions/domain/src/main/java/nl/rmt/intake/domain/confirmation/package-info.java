/**
 * The one email a citizen gets after routing, in their language: the reference, who will contact them and when,
 * which kinds of organisation received their data, and how to withdraw.
 */
package nl.rmt.intake.domain.confirmation;
