package nl.rmt.intake.domain.withdrawal;

import nl.rmt.intake.domain.casefile.PublicReference;

/**
 * A well-formed withdrawal request, both values in canonical form so that the reference can be looked up and the
 * code hashed and compared with the stored hash.
 */
public record WithdrawalRequest(String reference, String code) {

    public WithdrawalRequest {
        if (!PublicReference.isWellFormed(reference)) {
            throw new IllegalArgumentException("reference must be a well-formed public reference");
        }
        if (!WithdrawalCode.isWellFormed(code)) {
            throw new IllegalArgumentException("code must be a well-formed withdrawal code");
        }
    }

    /** Leaves out both values: the code is a secret, and the reference leads to a person's case. */
    @Override
    public String toString() {
        return "WithdrawalRequest[…]";
    }
}
