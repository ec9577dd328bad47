package nl.rmt.intake.domain.form;

import static nl.rmt.intake.domain.form.SubmissionBuilder.aMinimalSubmission;
import static nl.rmt.intake.domain.form.SubmissionBuilder.aValidSubmission;
import static nl.rmt.intake.domain.form.ValidatorFixture.TODAY;
import static nl.rmt.intake.domain.form.ValidatorFixture.VALIDATOR;
import static nl.rmt.intake.domain.form.ValidatorFixture.errors;
import static nl.rmt.intake.domain.form.ValidatorFixture.onlyError;
import static nl.rmt.intake.domain.form.ValidatorFixture.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntakeValidatorTest {

    @Test
    void turnsAValidSubmissionIntoANormalisedForm() {
        IntakeForm form = validForm(aValidSubmission());

        assertThat(form.person()).isEqualTo(new PersonalDetails("Sanne", "de Vries", "sanne.devries@example.nl",
                "+31612345678", LocalDate.of(1990, 5, 17), "3511 AB", "GM0344", Language.NL));
        assertThat(form.situation()).isEqualTo(new Situation(WorkStatus.EMPLOYED, LocalDate.of(2026, 6, 30),
                Benefit.NONE, false, true, false));
        assertThat(form.needs()).containsExactlyInAnyOrder(Need.WORK, Need.TRAINING);
        assertThat(form.consent().privacyStatementAccepted()).isTrue();
        assertThat(form.consent().sharingAllowedWith()).containsExactlyInAnyOrder(PartnerType.UWV, PartnerType.RMT);
        assertThat(form.remarks()).hasToString("Liefst contact in de ochtend.");
    }

    @Test
    void acceptsASubmissionWithOnlyTheRequiredFields() {
        IntakeForm form = validForm(aMinimalSubmission());

        assertThat(form.person().phone()).isNull();
        assertThat(form.person().postcode()).isNull();
        assertThat(form.person().homeMunicipality()).isNull();
        assertThat(form.situation().workEndDate()).isNull();
        assertThat(form.situation().inBanenafspraakRegister()).isFalse();
        assertThat(form.situation().hasBasicQualification()).isFalse();
        assertThat(form.situation().statusHolder()).isFalse();
        assertThat(form.needs()).isEmpty();
        assertThat(form.consent().sharingAllowedWith()).containsExactly(PartnerType.RMT);
        assertThat(form.remarks()).isNull();
    }

    @Test
    void treatsBlankOptionalFieldsAsNotGiven() {
        IntakeForm form = validForm(aMinimalSubmission().with(s -> {
            s.phone = " ";
            s.postcode = "";
            s.homeMunicipality = "  ";
            s.workEndDate = "";
            s.needs = List.of();
            s.remarks = " \n ";
        }));

        assertThat(form.person().phone()).isNull();
        assertThat(form.person().postcode()).isNull();
        assertThat(form.person().homeMunicipality()).isNull();
        assertThat(form.situation().workEndDate()).isNull();
        assertThat(form.needs()).isEmpty();
        assertThat(form.remarks()).isNull();
    }

    @Test
    void reportsEveryFieldErrorInFormOrder() {
        List<FieldError> errors = errors(aValidSubmission().with(s -> {
            s.email = "not-an-address";
            s.postcode = "0123 AB";
            s.workStatus = "RETIRED";
            s.needs = List.of("WORK", "HOUSING");
            s.privacyStatement = false;
            s.remarks = "x".repeat(2001);
        }));

        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("person.email", "INVALID_EMAIL"),
                tuple("person.postcode", "INVALID_POSTCODE"),
                tuple("situation.workStatus", "UNKNOWN_VALUE"),
                tuple("needs[1]", "UNKNOWN_VALUE"),
                tuple("consent.privacyStatement", "PRIVACY_STATEMENT_REQUIRED"),
                tuple("remarks", "TOO_LONG"));
    }

    @Test
    void reportsOneErrorPerFieldNamingCharactersThatCannotTravelFirst() {
        FieldError error = onlyError(aValidSubmission().with(s -> s.givenName = "\u0007" + "x".repeat(150)));

        assertThat(error.code()).isEqualTo("INVALID_CHARACTERS");
    }

    @Test
    void writesMessagesInTheLanguageTheFormAsksFor() {
        ValidationResult result = VALIDATOR.validate(
                aValidSubmission().with(s -> {
                    s.language = "EN";
                    s.postcode = "1234 SS";
                }).build(), "AM13", Language.NL, TODAY);

        assertThat(result).isEqualTo(new ValidationResult.Invalid(Language.EN, List.of(new FieldError(
                "person.postcode", "INVALID_POSTCODE", "Enter a valid Dutch postcode, for example 1234 AB."))));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "de", "english"})
    void writesMessagesInTheFallbackLanguageWhenTheFormNamesNoValidOne(String language) {
        ValidationResult result = VALIDATOR.validate(
                aValidSubmission().with(s -> s.language = language).build(), "AM13", Language.EN, TODAY);

        assertThat(result).isInstanceOfSatisfying(ValidationResult.Invalid.class, invalid -> {
            assertThat(invalid.language()).isEqualTo(Language.EN);
            assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("person.language");
        });
    }

    @Test
    void writesMessagesInTheFallbackLanguageWithoutAPersonSection() {
        ValidationResult result = VALIDATOR.validate(
                aValidSubmission().with(s -> s.withPerson = false).build(), "AM13", Language.EN, TODAY);

        assertThat(result).isInstanceOfSatisfying(ValidationResult.Invalid.class, invalid ->
                assertThat(invalid.errors()).containsExactly(
                        new FieldError("person", "REQUIRED", "This field is required.")));
    }

    @Test
    void requiresEachBodySection() {
        List<FieldError> errors = errors(aValidSubmission().with(s -> {
            s.withPerson = false;
            s.withSituation = false;
            s.withConsent = false;
        }));

        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("person", "REQUIRED"), tuple("situation", "REQUIRED"), tuple("consent", "REQUIRED"));
    }

    @Test
    void treatsAMissingBodyAsMissingSections() {
        ValidationResult result = VALIDATOR.validate(null, "AM13", Language.NL, TODAY);

        assertThat(result).isInstanceOfSatisfying(ValidationResult.Invalid.class, invalid ->
                assertThat(invalid.errors()).extracting(FieldError::field)
                        .containsExactly("person", "situation", "consent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AM13", "am13", " AM18 ", "AM38"})
    void acceptsAKnownDeskRegion(String deskRegion) {
        ValidationResult result = VALIDATOR.validate(aValidSubmission().build(), deskRegion, Language.NL, TODAY);

        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AM04", "AM16", "AM31", "AM99", "GM0344", "Utrecht"})
    void refusesAnUnknownDeskRegion(String deskRegion) {
        ValidationResult result = VALIDATOR.validate(aValidSubmission().build(), deskRegion, Language.NL, TODAY);

        assertThat(result).isInstanceOfSatisfying(ValidationResult.Invalid.class, invalid ->
                assertThat(invalid.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("region", "UNKNOWN_REGION")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void requiresADeskRegion(String deskRegion) {
        ValidationResult result = VALIDATOR.validate(aValidSubmission().build(), deskRegion, Language.NL, TODAY);

        assertThat(result).isInstanceOfSatisfying(ValidationResult.Invalid.class, invalid ->
                assertThat(invalid.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("region", "REQUIRED")));
    }

    @Test
    void neverRepeatsWhatTheCitizenTypedInAMessage() {
        List<FieldError> errors = errors(aValidSubmission().with(s -> {
            s.givenName = "Qwertina\u0007";
            s.familyName = "Qwertman 123456782";
            s.email = "qwertina@@qwert.example";
            s.phone = "06-9876";
            s.dateOfBirth = "1888-01-01";
            s.postcode = "9876 SS";
            s.homeMunicipality = "GM9876";
            s.language = "qwertish";
            s.workEndDate = "2098-07-06";
            s.remarks = "Qwerty BSN 111222333";
        }));

        assertThat(errors).hasSize(10);
        Set<String> typed = Set.of("Qwert", "qwert", "123456782", "9876", "1888", "111222333", "2098");
        assertThat(errors).extracting(FieldError::message)
                .allSatisfy(message -> assertThat(typed).noneMatch(message::contains));
    }
}
