/**
 * A citizen's request to withdraw a case: the public reference and the withdrawal code from the confirmation email.
 * Only their form is checked here; whether the code belongs to the reference is checked against the stored hash, and
 * the answer must not reveal which of the two was wrong.
 */
package nl.rmt.intake.domain.withdrawal;
