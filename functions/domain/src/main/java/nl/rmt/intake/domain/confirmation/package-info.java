/**
 * The emails a citizen gets about a case, in their language. After routing: the reference, who will contact them and
 * when, which kinds of organisation received their data, and how to withdraw. When the lead changes later (a
 * re-route or an escalation): who will contact them now.
 */
package nl.rmt.intake.domain.confirmation;
