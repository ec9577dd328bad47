package nl.rmt.intake.localstack.runner.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code cron(Minutes Hours Day-of-month Month Day-of-week Year)} as EventBridge reads it, in a given time zone.
 * See {@link CronField} and {@link CronDays} for the syntax of the fields.
 */
final class CronExpression implements ScheduleExpression {

    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 2199;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5),
            Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10),
            Map.entry("NOV", 11), Map.entry("DEC", 12));

    private final CronField minutes;
    private final CronField hours;
    private final Predicate<LocalDate> days;
    private final CronField months;
    private final CronField years;
    private final ZoneId zone;

    private CronExpression(CronField minutes, CronField hours, Predicate<LocalDate> days, CronField months,
                           CronField years, ZoneId zone) {
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
        this.years = years;
        this.zone = zone;
    }

    static CronExpression parse(String body, ZoneId zone) {
        String[] fields = body.split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException("cron(" + body + "): expected six fields:"
                    + " minutes hours day-of-month month day-of-week year");
        }
        try {
            return new CronExpression(
                    CronField.parse(fields[0], 0, 59, Map.of(), "minutes"),
                    CronField.parse(fields[1], 0, 23, Map.of(), "hours"),
                    CronDays.parse(fields[2], fields[4]),
                    CronField.parse(fields[3], 1, 12, MONTHS, "month"),
                    CronField.parse(fields[5], FIRST_YEAR, LAST_YEAR, Map.of(), "year"),
                    zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cron(" + body + "): " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Instant> nextAfter(Instant previous) {
        LocalDateTime earliest = LocalDateTime.ofInstant(previous, zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDate date = earliest.toLocalDate();
        while (date.getYear() <= LAST_YEAR) {
            if (!years.contains(date.getYear())) {
                date = LocalDate.of(date.getYear() + 1, 1, 1);
            } else if (!months.contains(date.getMonthValue())) {
                date = date.withDayOfMonth(1).plusMonths(1);
            } else {
                if (days.test(date)) {
                    LocalTime from = date.equals(earliest.toLocalDate()) ? earliest.toLocalTime() : LocalTime.MIDNIGHT;
                    Optional<LocalTime> time = firstTimeFrom(from);
                    if (time.isPresent()) {
                        return Optional.of(ZonedDateTime.of(date, time.get(), zone).toInstant());
                    }
                }
                date = date.plusDays(1);
            }
        }
        return Optional.empty();
    }

    private Optional<LocalTime> firstTimeFrom(LocalTime from) {
        for (int hour = from.getHour(); hour < 24; hour++) {
            if (!hours.contains(hour)) {
                continue;
            }
            for (int minute = hour == from.getHour() ? from.getMinute() : 0; minute < 60; minute++) {
                if (minutes.contains(minute)) {
                    return Optional.of(LocalTime.of(hour, minute));
                }
            }
        }
        return Optional.empty();
    }
}
