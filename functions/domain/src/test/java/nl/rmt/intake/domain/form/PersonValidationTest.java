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

class PersonValidationTest {

    private static void assertOnlyError(SubmissionBuilder submission, String field, String code) {
        FieldError error = onlyError(submission);
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void requiresBothNames(String name) {
        assertOnlyError(aValidSubmission().with(s -> s.givenName = name), "person.givenName", "REQUIRED");
        assertOnlyError(aValidSubmission().with(s -> s.familyName = name), "person.familyName", "REQUIRED");
    }

    @Test
    void trimsNames() {
        IntakeForm form = validForm(aValidSubmission().with(s -> {
            s.givenName = "  Zoë ";
            s.familyName = "\tO'Brien-Ürün  ";
        }));

        assertThat(form.person().givenName()).isEqualTo("Zoë");
        assertThat(form.person().familyName()).isEqualTo("O'Brien-Ürün");
    }

    @Test
    void acceptsANameOfOneCharacter() {
        assertThat(validForm(aValidSubmission().with(s -> s.givenName = "J")).person().givenName()).isEqualTo("J");
    }

    @Test
    void acceptsANameOfAHundredCharactersAfterTrimming() {
        String name = "a".repeat(100);

        assertThat(validForm(aValidSubmission().with(s -> s.familyName = "  " + name + "  ")).person().familyName())
                .isEqualTo(name);
    }

    @Test
    void refusesANameOfAHundredAndOneCharacters() {
        FieldError error = onlyError(aValidSubmission().with(s -> s.givenName = "a".repeat(101)));

        assertThat(error.field()).isEqualTo("person.givenName");
        assertThat(error.code()).isEqualTo("TOO_LONG");
        assertThat(error.message()).contains("100");
    }

    @Test
    void countsCharactersNotUtf16UnitsInNames() {
        String hundredSymbols = "𝔄".repeat(100);

        assertThat(validForm(aValidSubmission().with(s -> s.givenName = hundredSymbols)).person().givenName())
                .isEqualTo(hundredSymbols);
    }

    @ParameterizedTest
    @ValueSource(strings = {"San\nne", "San\tne", "San\u0000ne", "San\u007Fne", "San\u0085ne"})
    void refusesControlCharactersInNames(String name) {
        assertOnlyError(aValidSubmission().with(s -> s.givenName = name), "person.givenName", "INVALID_CHARACTERS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sanne 123456782", "111.222.333"})
    void refusesABsnInANameField(String name) {
        assertOnlyError(aValidSubmission().with(s -> s.familyName = name), "person.familyName", "BSN_NOT_ALLOWED");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresAnEmail(String email) {
        assertOnlyError(aValidSubmission().with(s -> s.email = email), "person.email", "REQUIRED");
    }

    @Test
    void trimsTheEmailAndLowerCasesItsDomainOnly() {
        assertThat(validForm(aValidSubmission().with(s -> s.email = "  Sanne.DeVries@Gemeente.Utrecht.NL "))
                .person().email()).isEqualTo("Sanne.DeVries@gemeente.utrecht.nl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sanne", "sanne@example", "sanne@@example.nl", "san ne@example.nl"})
    void refusesAMalformedEmail(String email) {
        assertOnlyError(aValidSubmission().with(s -> s.email = email), "person.email", "INVALID_EMAIL");
    }

    @Test
    void acceptsAnEmailOf254Characters() {
        String email = emailOfLength(254);

        assertThat(validForm(aValidSubmission().with(s -> s.email = email)).person().email()).isEqualTo(email);
    }

    @Test
    void refusesAnEmailOf255Characters() {
        assertOnlyError(aValidSubmission().with(s -> s.email = emailOfLength(255)), "person.email", "TOO_LONG");
    }

    private static String emailOfLength(int length) {
        String local = "a".repeat(64);
        String domainStart = "b".repeat(63) + "." + "c".repeat(63) + ".";
        String tail = ".nl";
        int lastLabel = length - local.length() - 1 - domainStart.length() - tail.length();
        String email = local + "@" + domainStart + "d".repeat(lastLabel) + tail;
        assertThat(email).hasSize(length);
        return email;
    }

    @Test
    void writesThePhoneNumberInInternationalForm() {
        assertThat(validForm(aValidSubmission().with(s -> s.phone = "020-1234567")).person().phone())
                .isEqualTo("+31201234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+310612345678", "06-1234567x"})
    void refusesAMalformedPhoneNumber(String phone) {
        assertOnlyError(aValidSubmission().with(s -> s.phone = phone), "person.phone", "INVALID_PHONE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "111 222 333", "111.222.333", "123-456-782"})
    void namesABsnTypedAsThePhoneNumber(String phone) {
        assertOnlyError(aValidSubmission().with(s -> s.phone = phone), "person.phone", "BSN_NOT_ALLOWED");
    }

    /** Phone numbers are not scanned like free text: one in eleven Dutch mobile numbers ends in nine proof digits. */
    @ParameterizedTest
    @ValueSource(strings = {"06 12345678", "0612345671", "06 12345671", "+31 612345671", "+31 6 12345671",
            "+31612345671", "0031 6 1234 5671", "06-123 456 71"})
    void acceptsPhoneNumbersWhoseDigitsHoldNineThatPassTheElevenProof(String phone) {
        assertThat(validForm(aValidSubmission().with(s -> s.phone = phone)).person().phone()).startsWith("+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"111.222.333@example.org", "jan111222333@example.org", "111_222_333@example.org",
            "jan@111-222-333.nl"})
    void refusesABsnInTheEmailAddressItsLocalPartIncluded(String email) {
        assertOnlyError(aValidSubmission().with(s -> s.email = email), "person.email", "BSN_NOT_ALLOWED");
    }

    @Test
    void writesThePostcodeAsFourDigitsSpaceTwoCapitals() {
        assertThat(validForm(aValidSubmission().with(s -> s.postcode = "3511ab")).person().postcode())
                .isEqualTo("3511 AB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0511 AB", "3511 SA", "3511", "AB 3511"})
    void refusesAMalformedPostcode(String postcode) {
        assertOnlyError(aValidSubmission().with(s -> s.postcode = postcode), "person.postcode", "INVALID_POSTCODE");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresADateOfBirth(String dateOfBirth) {
        assertOnlyError(aValidSubmission().with(s -> s.dateOfBirth = dateOfBirth), "person.dateOfBirth", "REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"17-05-1990", "1990-02-30", "1990/05/17", "yesterday"})
    void refusesADateOfBirthThatIsNotAnIsoDate(String dateOfBirth) {
        assertOnlyError(aValidSubmission().with(s -> s.dateOfBirth = dateOfBirth), "person.dateOfBirth",
                "INVALID_DATE");
    }

    @Test
    void refusesADateOfBirthAfterToday() {
        assertOnlyError(aValidSubmission().with(s -> s.dateOfBirth = TODAY.plusDays(1).toString()),
                "person.dateOfBirth", "DATE_OF_BIRTH_IN_FUTURE");
    }

    @Test
    void callsADateOfBirthOfTodayImplausibleRatherThanFuture() {
        assertOnlyError(aValidSubmission().with(s -> s.dateOfBirth = TODAY.toString()),
                "person.dateOfBirth", "DATE_OF_BIRTH_IMPLAUSIBLE");
    }

    @Test
    void acceptsSomeoneWhoTurns15Today() {
        LocalDate fifteenthBirthday = TODAY.minusYears(15);

        assertThat(validForm(aValidSubmission().with(s -> s.dateOfBirth = fifteenthBirthday.toString()))
                .person().dateOfBirth()).isEqualTo(fifteenthBirthday);
    }

    @Test
    void refusesSomeoneWhoTurns15Tomorrow() {
        FieldError error = onlyError(aValidSubmission().with(s ->
                s.dateOfBirth = TODAY.minusYears(15).plusDays(1).toString()));

        assertThat(error.code()).isEqualTo("DATE_OF_BIRTH_IMPLAUSIBLE");
        assertThat(error.message()).contains("15").contains("100");
    }

    @Test
    void acceptsSomeoneWhoTurns101Tomorrow() {
        LocalDate born = TODAY.minusYears(101).plusDays(1);

        assertThat(validForm(aValidSubmission().with(s -> s.dateOfBirth = born.toString())).person().dateOfBirth())
                .isEqualTo(born);
    }

    @Test
    void refusesSomeoneWhoTurns101Today() {
        assertOnlyError(aValidSubmission().with(s -> s.dateOfBirth = TODAY.minusYears(101).toString()),
                "person.dateOfBirth", "DATE_OF_BIRTH_IMPLAUSIBLE");
    }

    @ParameterizedTest
    @CsvSource({"gm1706, GM1706", "' GM0050 ', GM0050", "Gm0106, GM0106"})
    void writesAKnownHomeMunicipalityInUpperCase(String typed, String code) {
        assertThat(validForm(aValidSubmission().with(s -> s.homeMunicipality = typed)).person().homeMunicipality())
                .isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GM9999", "GM170", "GM17060", "1706", "Cranendonck", "AM33", "GM 1706"})
    void refusesAHomeMunicipalityThatIsNotAKnownCode(String typed) {
        assertOnlyError(aValidSubmission().with(s -> s.homeMunicipality = typed), "person.homeMunicipality",
                "UNKNOWN_MUNICIPALITY");
    }

    @ParameterizedTest
    @CsvSource({"nl, NL", "NL, NL", "en, EN", "' En ', EN"})
    void readsTheLanguageIgnoringCase(String typed, Language language) {
        assertThat(validForm(aValidSubmission().with(s -> s.language = typed)).person().language())
                .isEqualTo(language);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresALanguage(String language) {
        assertOnlyError(aValidSubmission().with(s -> s.language = language), "person.language", "REQUIRED");
    }

    @Test
    void refusesAnUnknownLanguageListingTheOnesWeSpeak() {
        FieldError error = onlyError(aValidSubmission().with(s -> s.language = "de"));

        assertThat(error.field()).isEqualTo("person.language");
        assertThat(error.code()).isEqualTo("UNKNOWN_VALUE");
        assertThat(error.message()).isEqualTo("Kies een van: nl, en.");
    }
}
