package nl.rmt.intake.domain.form;

import static nl.rmt.intake.domain.form.SubmissionBuilder.aValidSubmission;
import static nl.rmt.intake.domain.form.ValidatorFixture.TODAY;
import static nl.rmt.intake.domain.form.ValidatorFixture.onlyError;
import static nl.rmt.intake.domain.form.ValidatorFixture.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SituationValidationTest {

    private static void assertOnlyError(SubmissionBuilder submission, String field, String code) {
        FieldError error = onlyError(submission);
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"at_risk, AT_RISK", "' Self_Employed ', SELF_EMPLOYED", "UNEMPLOYED, UNEMPLOYED"})
    void readsTheWorkStatusIgnoringCaseAndSpaces(String typed, WorkStatus workStatus) {
        assertThat(validForm(aValidSubmission().with(s -> s.workStatus = typed)).situation().workStatus())
                .isEqualTo(workStatus);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresAWorkStatus(String workStatus) {
        assertOnlyError(aValidSubmission().with(s -> s.workStatus = workStatus), "situation.workStatus", "REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RETIRED", "at risk", "AT-RISK", "werkloos"})
    void refusesAnUnknownWorkStatus(String workStatus) {
        assertOnlyError(aValidSubmission().with(s -> s.workStatus = workStatus), "situation.workStatus",
                "UNKNOWN_VALUE");
    }

    @Test
    void listsTheAllowedWorkStatusesWhenOneIsUnknown() {
        assertThat(onlyError(aValidSubmission().with(s -> s.workStatus = "RETIRED")).message())
                .isEqualTo("Kies een van: EMPLOYED, AT_RISK, UNEMPLOYED, SELF_EMPLOYED, OTHER.");
    }

    @ParameterizedTest
    @CsvSource({"bbz, BBZ", "Wajong, WAJONG", "' ww ', WW", "bijstand, BIJSTAND"})
    void readsTheBenefitIgnoringCaseAndSpaces(String typed, Benefit benefit) {
        assertThat(validForm(aValidSubmission().with(s -> s.benefit = typed)).situation().benefit())
                .isEqualTo(benefit);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresABenefit(String benefit) {
        assertOnlyError(aValidSubmission().with(s -> s.benefit = benefit), "situation.benefit", "REQUIRED");
    }

    @Test
    void refusesAnUnknownBenefitListingTheAllowedOnes() {
        FieldError error = onlyError(aValidSubmission().with(s -> s.benefit = "AOW"));

        assertThat(error.field()).isEqualTo("situation.benefit");
        assertThat(error.code()).isEqualTo("UNKNOWN_VALUE");
        assertThat(error.message()).contains("NONE, WW, BIJSTAND, BBZ, WAJONG, OTHER");
    }

    @Test
    void keepsFlagsThatAreSet() {
        Situation situation = validForm(aValidSubmission().with(s -> {
            s.inBanenafspraakRegister = true;
            s.hasBasicQualification = true;
            s.statusHolder = true;
        })).situation();

        assertThat(situation.inBanenafspraakRegister()).isTrue();
        assertThat(situation.hasBasicQualification()).isTrue();
        assertThat(situation.statusHolder()).isTrue();
    }

    @Test
    void readsMissingFlagsAsFalse() {
        Situation situation = validForm(aValidSubmission().with(s -> {
            s.inBanenafspraakRegister = null;
            s.hasBasicQualification = null;
            s.statusHolder = null;
        })).situation();

        assertThat(situation.inBanenafspraakRegister()).isFalse();
        assertThat(situation.hasBasicQualification()).isFalse();
        assertThat(situation.statusHolder()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1950-01-01", "2026-03-15", "2036-03-15", "2001-09-11"})
    void acceptsAWorkEndDateFrom1950ToTenYearsAhead(String workEndDate) {
        assertThat(validForm(aValidSubmission().with(s -> s.workEndDate = workEndDate)).situation().workEndDate())
                .isEqualTo(LocalDate.parse(workEndDate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1949-12-31", "2036-03-16", "1900-01-01", "9999-12-31"})
    void refusesAWorkEndDateBefore1950OrMoreThanTenYearsAhead(String workEndDate) {
        FieldError error = onlyError(aValidSubmission().with(s -> s.workEndDate = workEndDate));

        assertThat(error.field()).isEqualTo("situation.workEndDate");
        assertThat(error.code()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(error.message()).isEqualTo("Vul een datum in tussen 1950-01-01 en " + TODAY.plusYears(10) + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "30-06-2026", "juni 2026"})
    void refusesAWorkEndDateThatIsNotARealIsoDate(String workEndDate) {
        assertOnlyError(aValidSubmission().with(s -> s.workEndDate = workEndDate), "situation.workEndDate",
                "INVALID_DATE");
    }
}
