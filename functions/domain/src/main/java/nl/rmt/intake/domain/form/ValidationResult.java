package nl.rmt.intake.domain.form;

import java.util.List;

public sealed interface ValidationResult {

    record Valid(IntakeForm form) implements ValidationResult {
    }

    /** @param language the language the messages are in */
    record Invalid(Language language, List<FieldError> errors) implements ValidationResult {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
