package nl.rmt.intake.application;

import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;

/**
 * A submitted form and how it came in.
 *
 * @param deskRegion       the region of the desk whose form was used (from the URL)
 * @param fallbackLanguage the language for errors when the form's own language is unusable
 * @param idempotencyKey   the client's key, or null
 * @param fingerprint      a hash of the request body, compared on replays
 * @param proof            what the request's proof of work came to, checked only when it is not a replay
 * @param invitation       the invitation code the form came with, as sent; null without one
 */
public record IntakeRequest(
        String deskRegion,
        IntakeSubmission submission,
        Language fallbackLanguage,
        String idempotencyKey,
        String fingerprint,
        ProofCheck proof,
        String invitation) {

    /** A request on a stage, or from a caller, that is not asked for a proof of work. */
    public IntakeRequest(String deskRegion, IntakeSubmission submission, Language fallbackLanguage,
            String idempotencyKey, String fingerprint) {
        this(deskRegion, submission, fallbackLanguage, idempotencyKey, fingerprint, new ProofCheck.NotRequired());
    }

    /** A request without an invitation. */
    public IntakeRequest(String deskRegion, IntakeSubmission submission, Language fallbackLanguage,
            String idempotencyKey, String fingerprint, ProofCheck proof) {
        this(deskRegion, submission, fallbackLanguage, idempotencyKey, fingerprint, proof, null);
    }
}
