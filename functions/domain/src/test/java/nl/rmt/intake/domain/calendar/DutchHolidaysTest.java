package nl.rmt.intake.domain.calendar;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchHolidaysTest {

    private final DutchHolidays holidays = new DutchHolidays();

    /** Published Easter dates, including the earliest (22 March) and latest (25 April) possible. */
    @ParameterizedTest
    @CsvSource({"1583, 1583-04-10", "1818, 1818-03-22", "1961, 1961-04-02", "2000, 2000-04-23", "2008, 2008-03-23",
            "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
            "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(DutchHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void easterIsComputedForGregorianYearsOnly() {
        assertThatThrownBy(() -> DutchHolidays.easterSunday(1582)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DutchHolidays.easterSunday(1583)).isEqualTo(LocalDate.of(1583, 4, 10));
    }

    @Test
    void theHolidaysOf2026() {
        assertThat(holidays.in(2026)).containsExactly(
                entry(LocalDate.of(2026, 1, 1), Holiday.NIEUWJAARSDAG),
                entry(LocalDate.of(2026, 4, 3), Holiday.GOEDE_VRIJDAG),
                entry(LocalDate.of(2026, 4, 5), Holiday.EERSTE_PAASDAG),
                entry(LocalDate.of(2026, 4, 6), Holiday.TWEEDE_PAASDAG),
                entry(LocalDate.of(2026, 4, 27), Holiday.KONINGSDAG),
                entry(LocalDate.of(2026, 5, 5), Holiday.BEVRIJDINGSDAG),
                entry(LocalDate.of(2026, 5, 14), Holiday.HEMELVAARTSDAG),
                entry(LocalDate.of(2026, 5, 24), Holiday.EERSTE_PINKSTERDAG),
                entry(LocalDate.of(2026, 5, 25), Holiday.TWEEDE_PINKSTERDAG),
                entry(LocalDate.of(2026, 12, 25), Holiday.EERSTE_KERSTDAG),
                entry(LocalDate.of(2026, 12, 26), Holiday.TWEEDE_KERSTDAG));
    }

    @ParameterizedTest
    @CsvSource({"2014, 2014-04-26", "2025, 2025-04-26", "2031, 2031-04-26"})
    void koningsdagMovesToTheSaturdayWhenThe27thIsASunday(int year, LocalDate koningsdag) {
        assertThat(holidays.holidayOn(koningsdag)).contains(Holiday.KONINGSDAG);
        assertThat(holidays.isHoliday(koningsdag.plusDays(1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2026, 2037})
    void koningsdagStaysOnThe27thOnAnyOtherDay(int year) {
        assertThat(holidays.holidayOn(LocalDate.of(year, 4, 27))).contains(Holiday.KONINGSDAG);
        assertThat(holidays.isHoliday(LocalDate.of(year, 4, 26))).isFalse();
    }

    @Test
    void aHolidayOnAWeekendIsNotMovedToAWeekday() {
        assertThat(holidays.isHoliday(LocalDate.of(2021, 12, 25))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2021, 12, 26))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2021, 12, 27))).isFalse();
    }

    @Test
    void theDaysAroundAHolidayAreOrdinaryDays() {
        assertThat(holidays.isHoliday(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 27))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027})
    void bevrijdingsdagCountsEveryYearNotOnlyEveryFifth(int year) {
        assertThat(holidays.holidayOn(LocalDate.of(year, 5, 5))).contains(Holiday.BEVRIJDINGSDAG);
    }

    @Test
    void goodFridayAndLiberationDayCountByDefault() {
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 5))).isTrue();
    }

    @Test
    void goodFridayCanBeLeftOut() {
        DutchHolidays withoutGoodFriday = new DutchHolidays(EnumSet.of(Holiday.BEVRIJDINGSDAG));

        assertThat(withoutGoodFriday.isHoliday(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(withoutGoodFriday.isHoliday(LocalDate.of(2026, 5, 5))).isTrue();
        assertThat(withoutGoodFriday.in(2026)).hasSize(10);
    }

    @Test
    void liberationDayCanBeLeftOut() {
        DutchHolidays withoutLiberationDay = new DutchHolidays(EnumSet.of(Holiday.GOEDE_VRIJDAG));

        assertThat(withoutLiberationDay.isHoliday(LocalDate.of(2026, 5, 5))).isFalse();
        assertThat(withoutLiberationDay.isHoliday(LocalDate.of(2026, 4, 3))).isTrue();
    }

    @Test
    void withNeitherOptionalHolidayNineRemain() {
        assertThat(new DutchHolidays(Set.of()).in(2026)).hasSize(9)
                .doesNotContainValue(Holiday.GOEDE_VRIJDAG).doesNotContainValue(Holiday.BEVRIJDINGSDAG);
    }

    @Test
    void onlyGoodFridayAndLiberationDayAreOptional() {
        assertThat(Holiday.optionalOnes()).containsExactlyInAnyOrder(Holiday.GOEDE_VRIJDAG, Holiday.BEVRIJDINGSDAG);
        assertThatThrownBy(() -> new DutchHolidays(EnumSet.of(Holiday.KONINGSDAG)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KONINGSDAG");
    }

    @Test
    void whenAscensionFallsOnLiberationDayTheDateIsListedOnceAndStaysAHoliday() {
        LocalDate fifthOfMay2016 = LocalDate.of(2016, 5, 5);

        assertThat(holidays.holidayOn(fifthOfMay2016)).contains(Holiday.HEMELVAARTSDAG);
        assertThat(holidays.in(2016)).hasSize(10);
        assertThat(new DutchHolidays(Set.of()).isHoliday(fifthOfMay2016)).isTrue();
    }

    @Test
    void movableFeastsFollowEaster() {
        LocalDate easter = DutchHolidays.easterSunday(2038);

        assertThat(holidays.holidayOn(easter.minusDays(2))).contains(Holiday.GOEDE_VRIJDAG);
        assertThat(holidays.holidayOn(easter.plusDays(1))).contains(Holiday.TWEEDE_PAASDAG);
        assertThat(holidays.holidayOn(easter.plusDays(39))).contains(Holiday.HEMELVAARTSDAG);
        assertThat(holidays.holidayOn(easter.plusDays(50))).contains(Holiday.TWEEDE_PINKSTERDAG);
        assertThat(holidays.holidayOn(LocalDate.of(2038, 6, 3))).contains(Holiday.HEMELVAARTSDAG);
    }

    @Test
    void aYearsHolidaysCannotBeChangedByCallers() {
        assertThatThrownBy(() -> holidays.in(2026).put(LocalDate.of(2026, 3, 2), Holiday.KONINGSDAG))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
