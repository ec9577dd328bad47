package nl.rmt.intake.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** Monday to Friday, except the public holidays that count. */
public final class WorkingDays {

    private final DutchHolidays holidays;

    public WorkingDays(DutchHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /**
     * The {@code n}th working day after {@code from}, which itself does not count, whether or not it is a working day:
     * from a Friday, one working day later is the Monday (or later, after a holiday).
     *
     * @param n 0 or more; 0 gives {@code from} itself
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, is " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 when none lie between. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
