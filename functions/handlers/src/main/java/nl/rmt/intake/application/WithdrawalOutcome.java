package nl.rmt.intake.application;

public sealed interface WithdrawalOutcome {

    record Withdrawn(String caseId, String reference) implements WithdrawalOutcome {
    }

    /** No case has this reference and code; which of the two is wrong is not told. */
    record NoMatch() implements WithdrawalOutcome {
    }
}
