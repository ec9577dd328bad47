package nl.rmt.intake.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.region.Municipalities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountsQueryValidatorTest {

    private static final CountsQueryValidator VALIDATOR = new CountsQueryValidator(Municipalities.loadDefault());

    private static CountsQuery valid(String from, String to, String regions) {
        CountsQueryValidation result = VALIDATOR.validate(from, to, regions);
        assertThat(result).isInstanceOf(CountsQueryValidation.Valid.class);
        return ((CountsQueryValidation.Valid) result).query();
    }

    private static List<FieldError> errors(String from, String to, String regions) {
        CountsQueryValidation result = VALIDATOR.validate(from, to, regions);
        assertThat(result).isInstanceOf(CountsQueryValidation.Invalid.class);
        return ((CountsQueryValidation.Invalid) result).errors();
    }

    @Test
    void aPeriodWithoutRegionsNamesNone() {
        CountsQuery query = valid("2026-01-01", "2026-12-31", null);

        assertThat(query.period()).isEqualTo(new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(query.regions()).isEmpty();
    }

    @Test
    void regionsAreReadIgnoringCaseAndSpacesOnceEachInCodeOrderWithTheirNames() {
        CountsQuery query = valid("2026-01-01", "2026-01-31", "am27, AM18,am27");

        assertThat(query.regions()).extracting(LabourMarketRegion::code).containsExactly("AM18", "AM27");
        assertThat(query.regions().get(1).name()).isEqualTo("Noordoost-Brabant");
    }

    @Test
    void bothDatesAreRequired() {
        assertThat(errors(null, " ", null)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("from", "REQUIRED"), tuple("to", "REQUIRED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-1-01", "01-01-2026", "+2026-01-01", "20260101", "yesterday"})
    void aDateMustExistAndBeWrittenYyyyMmDd(String typed) {
        assertThat(errors(typed, "2026-12-31", null)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("from", "INVALID_DATE"));
    }

    @Test
    void thePeriodMayNotEndBeforeItStarts() {
        assertThat(errors("2026-03-02", "2026-03-01", null)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("to", "DATE_OUT_OF_RANGE"));
    }

    @Test
    void aLeapYearIsTheLongestPeriodAndTheAnswerSaysSo() {
        valid("2028-01-01", "2028-12-31", null);
        List<FieldError> errors = errors("2026-01-01", "2027-01-02", null);

        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactly(tuple("to", "OUT_OF_RANGE"));
        assertThat(errors.get(0).message()).contains("366 days");
    }

    @Test
    void anUnknownRegionIsRefusedWithoutRepeatingIt() {
        List<FieldError> errors = errors("2026-01-01", "2026-01-31", "AM18,AM04");

        assertThat(errors).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("region", "UNKNOWN_REGION"));
        assertThat(errors.get(0).message()).doesNotContain("AM04");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(errors("2026-13-01", null, "XX")).extracting(FieldError::field)
                .containsExactly("from", "to", "region");
    }
}
