package nl.rmt.intake.domain.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.UnreadableField;
import nl.rmt.intake.domain.region.Municipalities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationValidatorTest {

    private static final RegistrationValidator VALIDATOR =
            new RegistrationValidator(Municipalities.loadDefault(), Sectors.loadDefault());
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static ReorganisationForm drechtwerk() {
        return new ReorganisationForm("Drechtwerk Metaal BV", "12345678", "GM0505", "C", 40, "2027-03-01", true,
                "Petra de Vries", "p.devries@drechtwerk.example", "2027-06-30");
    }

    private static RegistrationValidation validate(ReorganisationForm form) {
        return VALIDATOR.validate("AM23", form, TODAY, Language.EN, List.of());
    }

    private static List<String> codes(RegistrationValidation validation, String field) {
        return validation.errors().stream().filter(e -> e.field().equals(field)).map(FieldError::code).toList();
    }

    @Test
    void acceptsACompleteRegistrationAndKeepsItsValues() {
        RegistrationValidation validation = validate(drechtwerk());

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.registration()).isEqualTo(new Registration("AM23", "Drechtwerk Metaal BV", "12345678",
                "GM0505", "C", 40, LocalDate.of(2027, 3, 1), true, "Petra de Vries", "p.devries@drechtwerk.example",
                LocalDate.of(2027, 6, 30)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "12 345 678", "１２３４５６７８"})
    void refusesAKvkNumberThatIsNotExactlyEightDigits(String kvk) {
        RegistrationValidation validation = validate(new ReorganisationForm("X BV", kvk, "GM0505", "C", 40,
                "2027-03-01", true, "P", "p@x.example", null));

        assertThat(codes(validation, "employer.kvkNumber")).containsExactly("INVALID_KVK_NUMBER");
    }

    @Test
    void refusesASiteInAnotherRegionAndAnUnknownMunicipality() {
        RegistrationValidation amsterdam = validate(new ReorganisationForm("X BV", "12345678", "GM0363", "C", 40,
                "2027-03-01", true, "P", "p@x.example", null));
        RegistrationValidation unknown = validate(new ReorganisationForm("X BV", "12345678", "GM9999", "C", 40,
                "2027-03-01", true, "P", "p@x.example", null));

        assertThat(codes(amsterdam, "siteMunicipality")).containsExactly("MUNICIPALITY_OUTSIDE_REGION");
        assertThat(codes(unknown, "siteMunicipality")).containsExactly("UNKNOWN_MUNICIPALITY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "V", "Industrie", "", "CC"})
    void takesOnlyAnSbiSectionLetter(String sector) {
        RegistrationValidation validation = validate(new ReorganisationForm("X BV", "12345678", "GM0505", sector, 40,
                "2027-03-01", true, "P", "p@x.example", null));

        assertThat(codes(validation, "sector")).containsExactly("UNKNOWN_VALUE");
    }

    @Test
    void takesJobsFromOneToOneHundredThousand() {
        assertThat(codes(validate(withJobs(1)), "jobsAffected")).isEmpty();
        assertThat(codes(validate(withJobs(100_000)), "jobsAffected")).isEmpty();
        assertThat(codes(validate(withJobs(0)), "jobsAffected")).containsExactly("OUT_OF_RANGE");
        assertThat(codes(validate(withJobs(100_001)), "jobsAffected")).containsExactly("OUT_OF_RANGE");
        assertThat(codes(validate(withJobs(-3)), "jobsAffected")).containsExactly("OUT_OF_RANGE");
    }

    private static ReorganisationForm withJobs(int jobs) {
        return new ReorganisationForm("X BV", "12345678", "GM0505", "C", jobs, "2027-03-01", true, "P",
                "p@x.example", null);
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        RegistrationValidation validation = validate(
                new ReorganisationForm(null, null, null, null, null, null, null, " ", null, null));

        assertThat(validation.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("employer.name",
                "employer.kvkNumber", "siteMunicipality", "sector", "jobsAffected", "expectedNoticeDate",
                "socialPlan", "contact.name", "contact.email");
        assertThat(validation.errors()).extracting(FieldError::code).containsOnly("REQUIRED");
        assertThat(validation.registration()).isNull();
    }

    @Test
    void runsTheInvitationNinetyDaysPastTheNoticeWhenNoDateIsGiven() {
        RegistrationValidation validation = validate(new ReorganisationForm("X BV", "12345678", "GM0505", "C", 40,
                "2027-03-01", false, "P", "p@x.example", null));

        assertThat(validation.registration().invitationValidUntil()).isEqualTo(LocalDate.of(2027, 5, 30));
    }

    @Test
    void capsTheDefaultValidityAtAYearAndAsksForADateWhenItWouldHavePassed() {
        assertThat(RegistrationValidator.defaultValidity(LocalDate.of(2028, 11, 1), TODAY))
                .isEqualTo(TODAY.plusYears(1));
        assertThat(RegistrationValidator.defaultValidity(TODAY.minusDays(90), TODAY)).isNull();
        assertThat(RegistrationValidator.defaultValidity(TODAY.minusDays(89), TODAY)).isEqualTo(TODAY.plusDays(1));

        RegistrationValidation late = validate(new ReorganisationForm("X BV", "12345678", "GM0505", "C", 40,
                TODAY.minusDays(200).toString(), false, "P", "p@x.example", null));
        assertThat(codes(late, "invitationValidUntil")).containsExactly("REQUIRED");
    }

    @Test
    void takesAnInvitationDateFromTomorrowToAYearAhead() {
        assertThat(codes(validate(validUntil(TODAY.plusDays(1))), "invitationValidUntil")).isEmpty();
        assertThat(codes(validate(validUntil(TODAY.plusYears(1))), "invitationValidUntil")).isEmpty();
        assertThat(codes(validate(validUntil(TODAY)), "invitationValidUntil")).containsExactly("DATE_OUT_OF_RANGE");
        assertThat(codes(validate(validUntil(TODAY.plusYears(1).plusDays(1))), "invitationValidUntil"))
                .containsExactly("DATE_OUT_OF_RANGE");
    }

    private static ReorganisationForm validUntil(LocalDate until) {
        return new ReorganisationForm("X BV", "12345678", "GM0505", "C", 40, "2027-03-01", true, "P",
                "p@x.example", until.toString());
    }

    @Test
    void takesANoticeDateFromAYearBackToTwoYearsAhead() {
        assertThat(codes(validate(notice("2025-12-03")), "expectedNoticeDate")).isEmpty();
        assertThat(codes(validate(notice("2025-12-02")), "expectedNoticeDate")).containsExactly("DATE_OUT_OF_RANGE");
        assertThat(codes(validate(notice("2028-12-03")), "expectedNoticeDate")).isEmpty();
        assertThat(codes(validate(notice("2028-12-04")), "expectedNoticeDate")).containsExactly("DATE_OUT_OF_RANGE");
        assertThat(codes(validate(notice("2027-02-30")), "expectedNoticeDate")).containsExactly("INVALID_DATE");
    }

    private static ReorganisationForm notice(String date) {
        return new ReorganisationForm("X BV", "12345678", "GM0505", "C", 40, date, true, "P", "p@x.example",
                "2027-06-30");
    }

    @Test
    void refusesTextThatCannotTravelAndABadEmail() {
        RegistrationValidation validation = validate(new ReorganisationForm("X\u202EBV", "12345678", "GM0505", "C",
                40, "2027-03-01", true, "P", "petra@@drechtwerk", null));

        assertThat(codes(validation, "employer.name")).containsExactly("INVALID_CHARACTERS");
        assertThat(codes(validation, "contact.email")).containsExactly("INVALID_EMAIL");
    }

    @Test
    void givesAFieldTheJsonCouldNotReadNoSecondError() {
        RegistrationValidation validation = VALIDATOR.validate("AM23",
                new ReorganisationForm("X BV", "12345678", "GM0505", "C", null, "2027-03-01", true, "P",
                        "p@x.example", null),
                TODAY, Language.NL, List.of(new UnreadableField("jobsAffected", ErrorCode.INVALID_TYPE, "integer")));

        assertThat(validation.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jobsAffected", "INVALID_TYPE"));
        assertThat(validation.errors().get(0).message()).contains("integer").contains("verwacht");
    }
}
