package nl.rmt.intake.domain.form;

import static nl.rmt.intake.domain.form.SubmissionBuilder.aValidSubmission;
import static nl.rmt.intake.domain.form.ValidatorFixture.onlyError;
import static nl.rmt.intake.domain.form.ValidatorFixture.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RemarksValidationTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void readsBlankRemarksAsNone(String remarks) {
        assertThat(validForm(aValidSubmission().with(s -> s.remarks = remarks)).remarks()).isNull();
    }

    @Test
    void keepsLineBreaksAndTabsInsideRemarks() {
        String remarks = "Eerste regel.\r\nTweede\tregel.";

        assertThat(validForm(aValidSubmission().with(s -> s.remarks = "\n" + remarks + "\n")).remarks())
                .hasToString(remarks);
    }

    @Test
    void acceptsRemarksOf2000CharactersAfterTrimming() {
        String remarks = "x".repeat(2000);

        assertThat(validForm(aValidSubmission().with(s -> s.remarks = "  " + remarks + "  ")).remarks())
                .hasToString(remarks);
    }

    @Test
    void refusesRemarksOf2001Characters() {
        FieldError error = onlyError(aValidSubmission().with(s -> s.remarks = "x".repeat(2001)));

        assertThat(error.field()).isEqualTo("remarks");
        assertThat(error.code()).isEqualTo("TOO_LONG");
        assertThat(error.message()).isEqualTo("Gebruik maximaal 2000 tekens.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bel\u0000mij", "escape \u001B[31m", "bel\u0007"})
    void refusesOtherControlCharactersInRemarks(String remarks) {
        FieldError error = onlyError(aValidSubmission().with(s -> s.remarks = remarks));

        assertThat(error.field()).isEqualTo("remarks");
        assertThat(error.code()).isEqualTo("INVALID_CHARACTERS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mijn BSN is 123456782", "nummer: 111 222 333", "zie 123.456.782."})
    void refusesABsnInRemarksWithoutRepeatingIt(String remarks) {
        FieldError error = onlyError(aValidSubmission().with(s -> s.remarks = remarks));

        assertThat(error.field()).isEqualTo("remarks");
        assertThat(error.code()).isEqualTo("BSN_NOT_ALLOWED");
        assertThat(error.message()).doesNotContainPattern("[0-9]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bel mij op 0612345678",
            "Rekening NL02ABNA0123456782",
            "Klantnummer 123456789",
            "Ik ben in 2019 ontslagen na 12 jaar"
    })
    void acceptsNumbersInRemarksThatAreNotABsn(String remarks) {
        assertThat(validForm(aValidSubmission().with(s -> s.remarks = remarks)).remarks()).hasToString(remarks);
    }
}
