package nl.rmt.intake.domain.feedback;

import nl.rmt.intake.domain.casefile.Assignment;
import nl.rmt.intake.domain.casefile.CaseStateMachine;
import nl.rmt.intake.domain.casefile.DeskCannotRejectException;
import nl.rmt.intake.domain.casefile.IllegalTransitionException;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.Partner;

/** Whether a partner may send a report about its part in a case. */
public final class FeedbackRules {

    private FeedbackRules() {
    }

    /**
     * @throws IllegalArgumentException    when the assignment is another partner's: a partner reports on its own part only
     * @throws DeskCannotRejectException   when an RMT desk rejects
     * @throws IllegalTransitionException  when the report does not fit the assignment's status
     */
    public static void check(Partner partner, Assignment assignment, FeedbackType type) {
        if (!partner.id().equals(assignment.partnerId())) {
            throw new IllegalArgumentException("partner " + partner.id() + " reported on the assignment of "
                    + assignment.partnerId());
        }
        if (partner.type() == PartnerType.RMT && type == FeedbackType.REJECTED) {
            throw new DeskCannotRejectException(partner.id());
        }
        CaseStateMachine.check(assignment.status(), type.targetStatus());
    }
}
