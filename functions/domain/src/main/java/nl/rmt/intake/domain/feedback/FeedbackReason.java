package nl.rmt.intake.domain.feedback;

import java.util.List;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.FreeText;
import nl.rmt.intake.domain.form.Language;

/**
 * Checks the free-text {@code reason} of a report. Desk staff read it and it is stored on the case history, so it
 * gets the intake form's free-text rules ({@link FreeText}), on one line.
 */
final class FeedbackReason {

    static final int MAX_LENGTH = 500;

    private final List<FieldError> errors;
    private final Language language;

    FeedbackReason(List<FieldError> errors, Language language) {
        this.errors = errors;
        this.language = language;
    }

    /** @return the normalised reason, or null when there is none or it has an error */
    String check(String typed, boolean required) {
        FreeText.Checked<String> reason = FreeText.check(typed, MAX_LENGTH, FreeText.Lines.SINGLE);
        if (reason.error() != null) {
            add(reason.error(), reason.arguments());
        } else if (reason.text() == null && required) {
            add(ErrorCode.REQUIRED);
        }
        return reason.text();
    }

    private void add(ErrorCode code, Object... arguments) {
        errors.add(FeedbackValidator.error(FeedbackValidator.REASON, code, language, arguments));
    }
}
