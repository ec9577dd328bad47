package nl.rmt.intake.domain.reorganisation;

import java.util.List;
import nl.rmt.intake.domain.form.FieldError;

/** Either a registration to store, or every field's error (then nothing is stored). */
public record RegistrationValidation(Registration registration, List<FieldError> errors) {

    public RegistrationValidation {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
