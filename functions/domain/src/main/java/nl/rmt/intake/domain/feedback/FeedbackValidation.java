package nl.rmt.intake.domain.feedback;

import java.util.List;
import nl.rmt.intake.domain.form.FieldError;

public sealed interface FeedbackValidation {

    record Valid(PartnerFeedback feedback) implements FeedbackValidation {
    }

    record Invalid(List<FieldError> errors) implements FeedbackValidation {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
