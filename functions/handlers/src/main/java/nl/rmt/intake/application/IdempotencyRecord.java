package nl.rmt.intake.application;

/**
 * Remembers the answer to a request sent with an {@code Idempotency-Key}.
 *
 * @param scope       the desk region the key was used at: keys are the client's, so they are unique per desk only
 * @param fingerprint a hash of the request body, to refuse a key reused for another request
 */
public record IdempotencyRecord(String scope, String key, String fingerprint, CaseReceipt receipt) {
}
