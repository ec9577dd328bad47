package nl.rmt.intake.domain.form;

import static nl.rmt.intake.domain.form.SubmissionBuilder.aValidSubmission;
import static nl.rmt.intake.domain.form.ValidatorFixture.errors;
import static nl.rmt.intake.domain.form.ValidatorFixture.onlyError;
import static nl.rmt.intake.domain.form.ValidatorFixture.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedsValidationTest {

    @Test
    void readsNeedsIgnoringCaseAndSpaces() {
        IntakeForm form = validForm(aValidSubmission().with(s -> s.needs = List.of(" debt_help", "Language ", "WORK")));

        assertThat(form.needs()).containsExactlyInAnyOrder(Need.DEBT_HELP, Need.LANGUAGE, Need.WORK);
    }

    @Test
    void acceptsEveryNeedAtOnce() {
        List<String> all = Arrays.stream(Need.values()).map(Need::name).toList();

        assertThat(validForm(aValidSubmission().with(s -> s.needs = all)).needs())
                .containsExactlyInAnyOrder(Need.values());
    }

    @Test
    void readsMissingNeedsAsNone() {
        assertThat(validForm(aValidSubmission().with(s -> s.needs = null)).needs()).isEmpty();
    }

    @Test
    void refusesAnUnknownNeedAtItsIndexListingTheAllowedOnes() {
        FieldError error = onlyError(aValidSubmission().with(s -> s.needs = List.of("WORK", "TRAINING", "HOUSING")));

        assertThat(error.field()).isEqualTo("needs[2]");
        assertThat(error.code()).isEqualTo("UNKNOWN_VALUE");
        assertThat(error.message()).contains("WORK, CAREER_ADVICE, TRAINING, DEBT_HELP, LANGUAGE, INCOME_SUPPORT");
    }

    @Test
    void refusesAnEmptyOrMissingEntry() {
        List<String> needs = new ArrayList<>(Arrays.asList("", "WORK", null));

        assertThat(errors(aValidSubmission().with(s -> s.needs = needs)))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("needs[0]", "UNKNOWN_VALUE"), tuple("needs[2]", "UNKNOWN_VALUE"));
    }

    @Test
    void refusesANeedGivenTwiceAtTheSecondIndex() {
        FieldError error = onlyError(aValidSubmission().with(s -> s.needs = List.of("WORK", "TRAINING", "work")));

        assertThat(error.field()).isEqualTo("needs[2]");
        assertThat(error.code()).isEqualTo("DUPLICATE_VALUE");
    }

    @Test
    void reportsEveryBadEntry() {
        assertThat(errors(aValidSubmission().with(s -> s.needs = List.of("FOO", "WORK", "BAR", "WORK"))))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        tuple("needs[0]", "UNKNOWN_VALUE"),
                        tuple("needs[2]", "UNKNOWN_VALUE"),
                        tuple("needs[3]", "DUPLICATE_VALUE"));
    }
}
