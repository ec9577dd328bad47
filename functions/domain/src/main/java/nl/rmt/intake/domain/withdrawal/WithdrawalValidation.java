package nl.rmt.intake.domain.withdrawal;

import java.util.List;
import nl.rmt.intake.domain.form.FieldError;

public sealed interface WithdrawalValidation {

    record Valid(WithdrawalRequest request) implements WithdrawalValidation {
    }

    record Invalid(List<FieldError> errors) implements WithdrawalValidation {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
