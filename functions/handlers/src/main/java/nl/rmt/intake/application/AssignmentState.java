package nl.rmt.intake.application;

import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.routing.Role;

/** A partner's part in a case: as lead or referral, how far it got, and in which routing round it joined. */
public record AssignmentState(String partnerId, Role role, CaseStatus status, int round) {
}
