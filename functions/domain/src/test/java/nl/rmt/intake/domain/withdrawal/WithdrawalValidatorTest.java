package nl.rmt.intake.domain.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WithdrawalValidatorTest {

    private static WithdrawalRequest valid(String reference, String code) {
        WithdrawalValidation result = WithdrawalValidator.validate(new WithdrawalSubmission(reference, code), Language.EN);
        assertThat(result).isInstanceOf(WithdrawalValidation.Valid.class);
        return ((WithdrawalValidation.Valid) result).request();
    }

    private static List<FieldError> errors(String reference, String code, Language language) {
        WithdrawalValidation result = WithdrawalValidator.validate(new WithdrawalSubmission(reference, code), language);
        assertThat(result).isInstanceOf(WithdrawalValidation.Invalid.class);
        return ((WithdrawalValidation.Invalid) result).errors();
    }

    @Test
    void aRequestAsTheEmailShowsItIsValid() {
        assertThat(valid("RMT-7KQ4-XM2P", "K7P299QXM2")).isEqualTo(new WithdrawalRequest("RMT-7KQ4-XM2P", "K7P299QXM2"));
    }

    @Test
    void bothValuesAreReadAsACitizenTypesThem() {
        assertThat(valid(" rmt 7kq4 xm2p ", "k7p2 99qx m2")).isEqualTo(new WithdrawalRequest("RMT-7KQ4-XM2P", "K7P299QXM2"));
        assertThat(valid("7KQ4XM2P", "K7P299QXM2").reference()).isEqualTo("RMT-7KQ4-XM2P");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void bothFieldsAreRequired(String blank) {
        assertThat(errors(blank, blank, Language.EN)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("reference", "REQUIRED"), tuple("code", "REQUIRED"));
    }

    @Test
    void anEmptySubmissionMissesBoth() {
        WithdrawalValidation result = WithdrawalValidator.validate(null, Language.NL);

        assertThat(result).isInstanceOf(WithdrawalValidation.Invalid.class);
        assertThat(((WithdrawalValidation.Invalid) result).errors()).extracting(FieldError::field)
                .containsExactly("reference", "code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RMT-9HJ4-AB2", "RMT-9HJ4-AB2PQ", "RMT-0HJ4-AB2P", "RMT-9HJ4-AB2L", "ABC-9HJ4-AB2P", "12345678"})
    void aReferenceThatCannotBeOneIsAFieldError(String reference) {
        List<FieldError> errors = errors(reference, "K7P299QXM2", Language.EN);

        assertThat(errors).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("reference", "INVALID_REFERENCE"));
        assertThat(errors.get(0).message()).contains("RMT-7KQ4-XM2P").doesNotContain(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"K7P299QXM", "K7P299QXM2A", "K7P299QXM0", "K7P299QXMI", "K7P299QXM2#"})
    void aCodeThatIsNotTenCharactersOfTheAlphabetIsAFieldError(String code) {
        List<FieldError> errors = errors("RMT-7KQ4-XM2P", code, Language.EN);

        assertThat(errors).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("code", "INVALID_WITHDRAWAL_CODE"));
        assertThat(errors.get(0).message()).contains("10").doesNotContain(code);
    }

    @Test
    void messagesAreInTheRequestedLanguage() {
        assertThat(errors("RMT-7KQ4", "K7P299QXM", Language.NL)).extracting(FieldError::message).containsExactly(
                "Vul uw referentie in zoals die in de e-mail staat, bijvoorbeeld RMT-7KQ4-XM2P.",
                "Vul de intrekcode in zoals die in de e-mail staat: 10 letters en cijfers.");
        assertThat(errors("RMT-7KQ4", "K7P299QXM", Language.EN)).extracting(FieldError::message).containsExactly(
                "Enter your reference as shown in the email, for example RMT-7KQ4-XM2P.",
                "Enter the withdrawal code as shown in the email: 10 letters and digits.");
    }
}
