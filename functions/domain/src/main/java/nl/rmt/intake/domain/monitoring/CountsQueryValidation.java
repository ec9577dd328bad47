package nl.rmt.intake.domain.monitoring;

import java.util.List;
import nl.rmt.intake.domain.form.FieldError;

public sealed interface CountsQueryValidation {

    record Valid(CountsQuery query) implements CountsQueryValidation {
    }

    record Invalid(List<FieldError> errors) implements CountsQueryValidation {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
