package nl.rmt.intake.domain.withdrawal;

/** A withdrawal request exactly as sent: either field may be missing or malformed. */
public record WithdrawalSubmission(String reference, String code) {

    /** Leaves out both values: the code is a secret, and the reference leads to a person's case. */
    @Override
    public String toString() {
        return "WithdrawalSubmission[…]";
    }
}
