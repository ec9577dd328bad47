package nl.rmt.intake.domain.feedback;

import java.util.List;
import nl.rmt.intake.domain.form.BsnDetector;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;

/**
 * Checks the free-text {@code reason} of a report. Desk staff read it and it is stored on the case history, so it
 * gets the intake form's free-text rules: bounded, no control characters, no BSN.
 */
final class FeedbackReason {

    static final int MAX_LENGTH = 500;

    private final List<FieldError> errors;
    private final Language language;

    FeedbackReason(List<FieldError> errors, Language language) {
        this.errors = errors;
        this.language = language;
    }

    /** @return the trimmed reason, or null when there is none or it has an error */
    String check(String typed, boolean required) {
        String reason = typed == null ? "" : typed.strip();
        if (reason.isEmpty()) {
            if (required) {
                add(ErrorCode.REQUIRED);
            }
            return null;
        }
        // Length first, so that an oversized text is refused before it is scanned.
        if (reason.codePointCount(0, reason.length()) > MAX_LENGTH) {
            add(ErrorCode.TOO_LONG, MAX_LENGTH);
        } else if (reason.codePoints().anyMatch(Character::isISOControl)) {
            add(ErrorCode.INVALID_CHARACTERS);
        } else if (BsnDetector.containsBsn(reason)) {
            add(ErrorCode.BSN_NOT_ALLOWED);
        } else {
            return reason;
        }
        return null;
    }

    private void add(ErrorCode code, Object... arguments) {
        errors.add(FeedbackValidator.error(FeedbackValidator.REASON, code, language, arguments));
    }
}
