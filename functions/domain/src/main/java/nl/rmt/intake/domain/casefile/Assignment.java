package nl.rmt.intake.domain.casefile;

import java.util.Objects;
import nl.rmt.intake.domain.feedback.FeedbackType;
import nl.rmt.intake.domain.routing.Role;

/**
 * One partner's part in a case. The lead's status is the case's status, so a lead's report moves the case; a
 * referral's report only moves its own assignment, because the lead stays responsible for the person.
 *
 * @param round the routing round the partner got this part in: 1 at intake, one more at every re-route or escalation
 */
public record Assignment(String partnerId, Role role, CaseStatus status, int round) {

    public Assignment {
        if (partnerId == null || partnerId.isBlank()) {
            throw new IllegalArgumentException("an assignment needs a partner id");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1, is " + round);
        }
    }

    /** A part whose message is on the partner's queue, awaiting the partner's report. */
    public static Assignment routed(String partnerId, Role role, int round) {
        return new Assignment(partnerId, role, CaseStatus.ROUTED, round);
    }

    /** The RMT desk's lead after a lead did not accept in time; it shares the case's {@code ESCALATED} status. */
    public static Assignment escalatedTo(String deskPartnerId, int round) {
        return new Assignment(deskPartnerId, Role.LEAD, CaseStatus.ESCALATED, round);
    }

    /**
     * The assignment after the partner's report. Whether the partner may send it at all (the desk may not reject) is
     * {@link nl.rmt.intake.domain.feedback.FeedbackRules}'s business.
     *
     * @throws IllegalTransitionException when the report does not fit the current status, e.g. CONTACTED before
     *                                    ACCEPTED or anything after CLOSED
     */
    public Assignment apply(FeedbackType feedback) {
        CaseStatus to = feedback.targetStatus();
        CaseStateMachine.check(status, to);
        return new Assignment(partnerId, role, to, round);
    }

    /** Whether this assignment's status is the case's status. */
    public boolean movesTheCase() {
        return role == Role.LEAD;
    }
}
