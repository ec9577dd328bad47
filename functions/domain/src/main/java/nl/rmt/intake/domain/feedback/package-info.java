/**
 * What a partner reports back about a case it received: accepted, contacted, rejected (the case is routed again) or
 * closed with an outcome. A partner reports on its own part of a case only; see
 * {@link nl.rmt.intake.domain.casefile.Assignment}.
 */
package nl.rmt.intake.domain.feedback;
