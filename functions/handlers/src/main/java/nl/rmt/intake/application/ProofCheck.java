package nl.rmt.intake.application;

/** What the intake's proof of work (the form's ALTCHA solution) came to before the case is stored. */
public sealed interface ProofCheck {

    /** The stage does not ask for a proof. */
    record NotRequired() implements ProofCheck {
    }

    /**
     * A solution that is signed by us, solved and not expired; it is spent with the case it came with.
     *
     * @param challenge the challenge it solves (a SHA-256 hex digest)
     * @param expiresAt epoch seconds after which the challenge is no longer accepted
     * @param caseId the id of the case it may make, one per challenge and known only to us: the case item's own
     *               put-if-absent is then the solution's single use, with no record of its own to write
     */
    record Solved(String challenge, long expiresAt, String caseId) implements ProofCheck {
    }

    /** Missing, malformed, forged, unsolved or expired; {@code code} names which, never the caller's text. */
    record Refused(String code) implements ProofCheck {
    }
}
