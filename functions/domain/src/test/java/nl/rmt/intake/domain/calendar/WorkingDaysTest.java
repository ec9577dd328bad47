package nl.rmt.intake.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(new DutchHolidays());

    @ParameterizedTest
    @CsvSource({"2026-03-09, true", "2026-03-13, true", "2026-03-14, false", "2026-03-15, false", "2026-04-06, false",
            "2026-04-07, true", "2026-04-03, false", "2026-05-05, false", "2026-12-25, false", "2027-01-01, false"})
    void mondayToFridayExceptHolidays(LocalDate date, boolean working) {
        assertThat(workingDays.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void aHolidayLeftOutOfTheCalendarIsAWorkingDay() {
        WorkingDays withoutGoodFriday = new WorkingDays(new DutchHolidays(EnumSet.of(Holiday.BEVRIJDINGSDAG)));

        assertThat(withoutGoodFriday.isWorkingDay(LocalDate.of(2026, 4, 3))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-13, 1, 2026-03-16",   // Friday → Monday
            "2026-03-14, 1, 2026-03-16",   // Saturday → Monday
            "2026-03-09, 4, 2026-03-13",   // within one week
            "2026-03-09, 5, 2026-03-16",
            "2026-04-02, 1, 2026-04-07",   // Good Friday and Easter Monday skipped
            "2026-04-02, 5, 2026-04-13",
            "2026-12-24, 5, 2027-01-04"})  // Christmas and New Year skipped
    void countsOnlyWorkingDaysAfterTheStart(LocalDate from, int n, LocalDate expected) {
        assertThat(workingDays.plusWorkingDays(from, n)).isEqualTo(expected);
    }

    @Test
    void zeroWorkingDaysLaterIsTheStartItselfEvenOnAWeekend() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 3, 15), 0)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void countingBackwardsIsRefused() {
        assertThatThrownBy(() -> workingDays.plusWorkingDays(LocalDate.of(2026, 3, 9), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-13, 2026-03-13, 0",   // the same day
            "2026-03-13, 2026-03-15, 0",   // Friday to Sunday
            "2026-03-13, 2026-03-16, 1",   // Friday to Monday
            "2026-03-16, 2026-03-13, 0",   // the wrong way round
            "2026-04-02, 2026-04-13, 5",
            "2026-12-24, 2027-01-04, 5"})
    void countsWorkingDaysAfterTheFirstUpToAndIncludingTheLast(LocalDate from, LocalDate to, int count) {
        assertThat(workingDays.workingDaysBetween(from, to)).isEqualTo(count);
    }

    @Test
    void countingBetweenUndoesAdding() {
        for (LocalDate from = LocalDate.of(2025, 12, 1); from.isBefore(LocalDate.of(2027, 1, 31)); from = from.plusDays(1)) {
            for (int n = 0; n <= 12; n++) {
                LocalDate to = workingDays.plusWorkingDays(from, n);

                assertThat(workingDays.workingDaysBetween(from, to)).as("%s + %d", from, n).isEqualTo(n);
                if (n > 0) {
                    assertThat(workingDays.isWorkingDay(to)).as("%s + %d", from, n).isTrue();
                }
            }
        }
    }
}
