package nl.rmt.intake.application;

import java.util.List;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.ValidationResult;

public sealed interface SubmitOutcome {

    /**
     * @param replayed     true when an earlier request with the same idempotency key created the case
     * @param targetGroups the new case's target groups; empty for a replay, whose case was counted when created
     */
    record Accepted(CaseReceipt receipt, boolean replayed, List<TargetGroup> targetGroups) implements SubmitOutcome {
        public Accepted {
            targetGroups = List.copyOf(targetGroups);
        }
    }

    record Invalid(ValidationResult.Invalid errors) implements SubmitOutcome {
    }

    /** The idempotency key was used before for a different request. */
    record KeyReused() implements SubmitOutcome {
    }
}
