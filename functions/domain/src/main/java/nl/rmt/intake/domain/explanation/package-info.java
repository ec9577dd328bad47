/**
 * Needs over schemes: which of a case's partners helps with each need the citizen ticked, and why routing chose each
 * partner, in plain Dutch and English. Both are made from the routing decision and the rule data, so a new rule or
 * partner type is explained without a code change.
 */
package nl.rmt.intake.domain.explanation;
