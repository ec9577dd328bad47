package nl.rmt.intake.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackValidatorTest {

    /** Passes the 11-proof: 9·1 + 8·2 + … + 2·8 − 2 = 242 = 22·11. */
    private static final String BSN = "123456782";

    private static PartnerFeedback valid(String type, String reason, String outcome) {
        FeedbackValidation result = FeedbackValidator.validate(new FeedbackSubmission(type, reason, outcome), Language.EN);
        assertThat(result).isInstanceOf(FeedbackValidation.Valid.class);
        return ((FeedbackValidation.Valid) result).feedback();
    }

    private static List<FieldError> errors(String type, String reason, String outcome, Language language) {
        FeedbackValidation result = FeedbackValidator.validate(new FeedbackSubmission(type, reason, outcome), language);
        assertThat(result).isInstanceOf(FeedbackValidation.Invalid.class);
        return ((FeedbackValidation.Invalid) result).errors();
    }

    private static FieldError onlyError(String type, String reason, String outcome) {
        List<FieldError> errors = errors(type, reason, outcome, Language.EN);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCEPTED", "CONTACTED"})
    void acceptedAndContactedNeedNothingButTheType(String type) {
        assertThat(valid(type, null, null)).isEqualTo(new PartnerFeedback(FeedbackType.valueOf(type), null, null));
    }

    @Test
    void aRejectionCarriesItsTrimmedReason() {
        assertThat(valid("REJECTED", "  geen capaciteit deze maand \t", null))
                .isEqualTo(new PartnerFeedback(FeedbackType.REJECTED, "geen capaciteit deze maand", null));
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void aClosingReportCarriesEveryKnownOutcome(Outcome outcome) {
        assertThat(valid("CLOSED", null, outcome.name())).isEqualTo(new PartnerFeedback(FeedbackType.CLOSED, null, outcome));
    }

    @Test
    void typeAndOutcomeAreReadIgnoringCaseAndSurroundingSpaces() {
        assertThat(valid(" closed ", null, "no_show")).isEqualTo(new PartnerFeedback(FeedbackType.CLOSED, null, Outcome.NO_SHOW));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void theTypeIsRequired(String type) {
        FieldError error = onlyError(type, null, null);

        assertThat(error.field()).isEqualTo("type");
        assertThat(error.code()).isEqualTo("REQUIRED");
    }

    @Test
    void anUnknownTypeListsTheKnownOnes() {
        FieldError error = onlyError("PLACED", null, null);

        assertThat(error.field()).isEqualTo("type");
        assertThat(error.code()).isEqualTo("UNKNOWN_VALUE");
        assertThat(error.message()).contains("ACCEPTED, CONTACTED, REJECTED, CLOSED").doesNotContain("PLACED");
    }

    @Test
    void anEmptySubmissionOnlyMissesTheType() {
        FeedbackValidation result = FeedbackValidator.validate(null, Language.EN);

        assertThat(result).isInstanceOf(FeedbackValidation.Invalid.class);
        assertThat(((FeedbackValidation.Invalid) result).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("type", "REQUIRED"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " \t "})
    void aRejectionNeedsAReason(String reason) {
        FieldError error = onlyError("REJECTED", reason, null);

        assertThat(error.field()).isEqualTo("reason");
        assertThat(error.code()).isEqualTo("REQUIRED");
    }

    @Test
    void aReasonOfOneCharacterIsEnough() {
        assertThat(valid("REJECTED", "x", null).reason()).isEqualTo("x");
    }

    @Test
    void aReasonMayHave500CharactersButNot501() {
        assertThat(valid("REJECTED", "a".repeat(500), null).reason()).hasSize(500);

        FieldError error = onlyError("REJECTED", "a".repeat(501), null);
        assertThat(error.field()).isEqualTo("reason");
        assertThat(error.code()).isEqualTo("TOO_LONG");
        assertThat(error.message()).contains("500");
    }

    @Test
    void theLengthIsCountedAfterTrimming() {
        assertThat(valid("REJECTED", "  " + "a".repeat(500) + "  ", null).reason()).hasSize(500);
    }

    @Test
    void theLengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE42";

        assertThat(valid("REJECTED", emoji.repeat(500), null).reason()).isEqualTo(emoji.repeat(500));
        assertThat(onlyError("REJECTED", emoji.repeat(501), null).code()).isEqualTo("TOO_LONG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"geen\ncapaciteit", "geen\tcapaciteit", "geen\u0000capaciteit", "geen\u007fcapaciteit"})
    void aReasonHasNoControlCharacters(String reason) {
        FieldError error = onlyError("REJECTED", reason, null);

        assertThat(error.field()).isEqualTo("reason");
        assertThat(error.code()).isEqualTo("INVALID_CHARACTERS");
    }

    @ParameterizedTest
    @ValueSource(strings = {BSN, "BSN 123 456 782 bekend", "123.456.782"})
    void aReasonMayNotHoldABsn(String reason) {
        FieldError error = onlyError("REJECTED", reason, null);

        assertThat(error.field()).isEqualTo("reason");
        assertThat(error.code()).isEqualTo("BSN_NOT_ALLOWED");
        assertThat(error.message()).doesNotContain("123");
    }

    @Test
    void aNineDigitNumberThatFailsTheElevenProofIsNoBsn() {
        assertThat(valid("REJECTED", "dossier 123456789", null).reason()).isEqualTo("dossier 123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCEPTED", "CONTACTED", "CLOSED"})
    void otherReportsMayCarryAReason(String type) {
        String outcome = type.equals("CLOSED") ? "WORK" : null;

        assertThat(valid(type, " eerste gesprek gepland ", outcome).reason()).isEqualTo("eerste gesprek gepland");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCEPTED", "CONTACTED", "CLOSED"})
    void anOptionalReasonFollowsTheSameRules(String type) {
        String outcome = type.equals("CLOSED") ? "WORK" : null;

        assertThat(onlyError(type, "a".repeat(501), outcome).code()).isEqualTo("TOO_LONG");
        assertThat(onlyError(type, BSN, outcome).code()).isEqualTo("BSN_NOT_ALLOWED");
        assertThat(valid(type, "a".repeat(500), outcome).reason()).hasSize(500);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aClosingReportNeedsAnOutcome(String outcome) {
        FieldError error = onlyError("CLOSED", null, outcome);

        assertThat(error.field()).isEqualTo("outcome");
        assertThat(error.code()).isEqualTo("REQUIRED");
    }

    @Test
    void anUnknownOutcomeListsTheKnownOnes() {
        FieldError error = onlyError("CLOSED", null, "RETIRED");

        assertThat(error.field()).isEqualTo("outcome");
        assertThat(error.code()).isEqualTo("UNKNOWN_VALUE");
        assertThat(error.message()).contains("WORK, TRAINING, REFERRED, NO_SHOW, WITHDRAWN").doesNotContain("RETIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCEPTED", "CONTACTED", "REJECTED"})
    void onlyAClosingReportMayCarryAnOutcome(String type) {
        FieldError error = onlyError(type, "reden", "WORK");

        assertThat(error.field()).isEqualTo("outcome");
        assertThat(error.code()).isEqualTo("NOT_ALLOWED");
        assertThat(error.message()).contains("CLOSED");
    }

    @Test
    void aBlankOutcomeOnAnotherReportIsNoOutcome() {
        assertThat(valid("ACCEPTED", null, " ").outcome()).isNull();
    }

    @Test
    void withAnUnknownTypeAKnownOutcomeIsNotFaulted() {
        assertThat(errors("PLACED", null, "WORK", Language.EN)).extracting(FieldError::field).containsExactly("type");
    }

    @Test
    void withAnUnknownTypeAnUnknownOutcomeIsFaultedToo() {
        assertThat(errors("PLACED", null, "RETIRED", Language.EN)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("type", "UNKNOWN_VALUE"),
                        tuple("outcome", "UNKNOWN_VALUE"));
    }

    @Test
    void everyFieldErrorIsReportedAtOnce() {
        assertThat(errors("REJECTED", null, "WORK", Language.EN)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("reason", "REQUIRED"),
                        tuple("outcome", "NOT_ALLOWED"));
    }

    @Test
    void messagesAreInTheRequestedLanguage() {
        FieldError dutch = errors("REJECTED", null, null, Language.NL).get(0);
        FieldError english = errors("REJECTED", null, null, Language.EN).get(0);

        assertThat(dutch.message()).isEqualTo("Dit veld is verplicht.");
        assertThat(english.message()).isEqualTo("This field is required.");
        assertThat(errors("ACCEPTED", null, "WORK", Language.NL).get(0).message())
                .isEqualTo("Dit veld is alleen toegestaan bij type CLOSED.");
    }
}
