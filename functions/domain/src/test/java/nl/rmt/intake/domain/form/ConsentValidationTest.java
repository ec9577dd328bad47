package nl.rmt.intake.domain.form;

import static nl.rmt.intake.domain.form.SubmissionBuilder.aValidSubmission;
import static nl.rmt.intake.domain.form.ValidatorFixture.onlyError;
import static nl.rmt.intake.domain.form.ValidatorFixture.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentValidationTest {

    private static Map<String, Boolean> answers(Object... keysAndValues) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put((String) keysAndValues[i], (Boolean) keysAndValues[i + 1]);
        }
        return answers;
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void requiresThePrivacyStatementToBeAccepted(Boolean accepted) {
        FieldError error = onlyError(aValidSubmission().with(s -> s.privacyStatement = accepted));

        assertThat(error.field()).isEqualTo("consent.privacyStatement");
        assertThat(error.code()).isEqualTo("PRIVACY_STATEMENT_REQUIRED");
    }

    @Test
    void sharesOnlyWithPartnerTypesAnsweredTrue() {
        Consent consent = validForm(aValidSubmission().with(s -> s.partnerTypes = answers(
                "UWV", true, "GEMEENTE", false, "VAKBOND", null, "SCHULDHULP", true))).consent();

        assertThat(consent.sharingAllowedWith())
                .containsExactlyInAnyOrder(PartnerType.UWV, PartnerType.SCHULDHULP, PartnerType.RMT);
    }

    @Test
    void readsPartnerTypesIgnoringCase() {
        Consent consent = validForm(aValidSubmission().with(s -> s.partnerTypes = answers(
                "onderwijs", true, " Gemeente ", true))).consent();

        assertThat(consent.allows(PartnerType.ONDERWIJS)).isTrue();
        assertThat(consent.allows(PartnerType.GEMEENTE)).isTrue();
    }

    @Test
    void sharesOnlyWithTheDeskWithoutAnyAnswers() {
        Consent consent = validForm(aValidSubmission().with(s -> s.partnerTypes = null)).consent();

        assertThat(consent.sharingAllowedWith()).containsExactly(PartnerType.RMT);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = {true, false})
    void acceptsAndIgnoresAnAnswerForTheDeskItself(Boolean answer) {
        Consent consent = validForm(aValidSubmission().with(s -> s.partnerTypes = answers("RMT", answer))).consent();

        assertThat(consent.sharingAllowedWith()).containsExactly(PartnerType.RMT);
    }

    @Test
    void refusesAnUnknownPartnerTypeUnderItsOwnKey() {
        FieldError error = onlyError(aValidSubmission().with(s -> s.partnerTypes = answers("UWV", true, "FOO", true)));

        assertThat(error.field()).isEqualTo("consent.partnerTypes.FOO");
        assertThat(error.code()).isEqualTo("UNKNOWN_VALUE");
        assertThat(error.message()).contains("UWV, GEMEENTE, VAKBOND, ONDERWIJS, SCHULDHULP");
    }

    @Test
    void refusesTheSamePartnerTypeTwiceInDifferentCase() {
        FieldError error = onlyError(aValidSubmission().with(s -> s.partnerTypes = answers("UWV", true, "uwv", false)));

        assertThat(error.field()).isEqualTo("consent.partnerTypes.uwv");
        assertThat(error.code()).isEqualTo("DUPLICATE_VALUE");
    }

    @Test
    void refusesAMissingPartnerTypeKey() {
        Map<String, Boolean> withNullKey = new java.util.HashMap<>();
        withNullKey.put(null, true);

        FieldError error = onlyError(aValidSubmission().with(s -> s.partnerTypes = withNullKey));

        assertThat(error.field()).isEqualTo("consent.partnerTypes");
        assertThat(error.code()).isEqualTo("UNKNOWN_VALUE");
    }
}
