package nl.rmt.intake.application;

import nl.rmt.intake.domain.form.ValidationResult;

public sealed interface SubmitOutcome {

    /** @param replayed true when an earlier request with the same idempotency key created the case */
    record Accepted(CaseReceipt receipt, boolean replayed) implements SubmitOutcome {
    }

    record Invalid(ValidationResult.Invalid errors) implements SubmitOutcome {
    }

    /** The idempotency key was used before for a different request. */
    record KeyReused() implements SubmitOutcome {
    }
}
