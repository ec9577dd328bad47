package nl.rmt.intake.application;

import java.util.Set;
import nl.rmt.intake.domain.casefile.CaseStatus;

public sealed interface FeedbackOutcome {

    /** @param leadPartnerId the lead after the feedback: another partner when the case was re-routed */
    record Recorded(String caseId, CaseStatus caseStatus, CaseStatus yourStatus, String leadPartnerId)
            implements FeedbackOutcome {
    }

    /** The case does not exist or was never routed to the caller; the two are not told apart. */
    record NotYours() implements FeedbackOutcome {
    }

    record InvalidTransition(CaseStatus from, CaseStatus to, Set<CaseStatus> allowed) implements FeedbackOutcome {
        public InvalidTransition {
            allowed = Set.copyOf(allowed);
        }
    }

    /** The regional desk is where cases end up; it re-routes by hand instead of handing a case back. */
    record DeskCannotReject() implements FeedbackOutcome {
    }

    /** The case's personal data was erased (it reached its maximum age), so nobody else can take it over. */
    record ErasedCannotMove() implements FeedbackOutcome {
    }
}
