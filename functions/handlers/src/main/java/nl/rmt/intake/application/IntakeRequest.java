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
 */
public record IntakeRequest(
        String deskRegion,
        IntakeSubmission submission,
        Language fallbackLanguage,
        String idempotencyKey,
        String fingerprint) {
}
