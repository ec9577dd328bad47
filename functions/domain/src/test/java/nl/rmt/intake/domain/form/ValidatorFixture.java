package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.rmt.intake.domain.region.Municipalities;

/** Runs the validator as a desk in Midden-Utrecht would on a fixed day, and unpacks the result. */
final class ValidatorFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final String DESK_REGION = "AM13";
    static final IntakeValidator VALIDATOR = new IntakeValidator(Municipalities.loadDefault());

    private ValidatorFixture() {
    }

    static ValidationResult validate(SubmissionBuilder submission) {
        return VALIDATOR.validate(submission.build(), DESK_REGION, Language.NL, TODAY);
    }

    static IntakeForm validForm(SubmissionBuilder submission) {
        ValidationResult result = validate(submission);
        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        return ((ValidationResult.Valid) result).form();
    }

    static List<FieldError> errors(SubmissionBuilder submission) {
        ValidationResult result = validate(submission);
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid) result).errors();
    }

    static FieldError onlyError(SubmissionBuilder submission) {
        List<FieldError> errors = errors(submission);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }
}
