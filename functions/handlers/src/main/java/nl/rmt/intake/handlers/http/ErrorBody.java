package nl.rmt.intake.handlers.http;

import java.util.List;
import nl.rmt.intake.domain.form.FieldError;

/** Every error answer has this shape: a sentence, and for bad input one entry per field. */
public record ErrorBody(String message, List<FieldError> errors) {

    public static ErrorBody of(String message) {
        return new ErrorBody(message, List.of());
    }
}
