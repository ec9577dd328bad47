package nl.rmt.intake.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Dutch national public holidays of any Gregorian year, computed rather than listed so that no table runs out.
 * A holiday on a weekend is not moved to a weekday; only Koningsdag moves, by its own rule, to Saturday 26 April
 * when 27 April is a Sunday.
 *
 * <p>Goede Vrijdag and Bevrijdingsdag count by default: neither is a day off for everyone, but partners' offices
 * commonly close on both, and a case should not escalate because nobody was in. A partner network that works on
 * them can leave them out.
 */
public final class DutchHolidays {

    /** The Gregorian calendar, which the Easter computation assumes, started in 1583. */
    static final int FIRST_GREGORIAN_YEAR = 1583;

    private final Set<Holiday> optionalIncluded;
    private final ConcurrentMap<Integer, NavigableMap<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

    /** Every holiday, the optional ones included. */
    public DutchHolidays() {
        this(Holiday.optionalOnes());
    }

    /**
     * @param optionalIncluded the optional holidays that count (see {@link Holiday#isOptional()}); the others always do
     * @throws IllegalArgumentException when a holiday in the set is not optional
     */
    public DutchHolidays(Set<Holiday> optionalIncluded) {
        for (Holiday holiday : optionalIncluded) {
            if (!holiday.isOptional()) {
                throw new IllegalArgumentException(holiday + " always counts; only " + Holiday.optionalOnes()
                        + " can be chosen");
            }
        }
        this.optionalIncluded = Set.copyOf(optionalIncluded);
    }

    public boolean isHoliday(LocalDate date) {
        return holidayOn(date).isPresent();
    }

    public Optional<Holiday> holidayOn(LocalDate date) {
        return Optional.ofNullable(in(date.getYear()).get(date));
    }

    /**
     * The holidays of one year that count here, in date order. When two fall on one date (Hemelvaartsdag on 5 May,
     * as in 2016) the date is listed once, under the movable feast.
     */
    public NavigableMap<LocalDate, Holiday> in(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("Easter is computed for Gregorian years, from " + FIRST_GREGORIAN_YEAR);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static LocalDate koningsdag(int year) {
        LocalDate birthday = LocalDate.of(year, Month.APRIL, 27);
        return birthday.getDayOfWeek() == DayOfWeek.SUNDAY ? birthday.minusDays(1) : birthday;
    }

    private NavigableMap<LocalDate, Holiday> compute(int year) {
        LocalDate easter = easterSunday(year);
        NavigableMap<LocalDate, Holiday> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, Month.JANUARY, 1), Holiday.NIEUWJAARSDAG);
        addIfCounted(holidays, easter.minusDays(2), Holiday.GOEDE_VRIJDAG);
        holidays.put(easter, Holiday.EERSTE_PAASDAG);
        holidays.put(easter.plusDays(1), Holiday.TWEEDE_PAASDAG);
        holidays.put(koningsdag(year), Holiday.KONINGSDAG);
        addIfCounted(holidays, LocalDate.of(year, Month.MAY, 5), Holiday.BEVRIJDINGSDAG);
        holidays.put(easter.plusDays(39), Holiday.HEMELVAARTSDAG);
        holidays.put(easter.plusDays(49), Holiday.EERSTE_PINKSTERDAG);
        holidays.put(easter.plusDays(50), Holiday.TWEEDE_PINKSTERDAG);
        holidays.put(LocalDate.of(year, Month.DECEMBER, 25), Holiday.EERSTE_KERSTDAG);
        holidays.put(LocalDate.of(year, Month.DECEMBER, 26), Holiday.TWEEDE_KERSTDAG);
        return Collections.unmodifiableNavigableMap(holidays);
    }

    private void addIfCounted(NavigableMap<LocalDate, Holiday> holidays, LocalDate date, Holiday holiday) {
        if (optionalIncluded.contains(holiday)) {
            holidays.put(date, holiday);
        }
    }
}
