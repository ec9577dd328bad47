package nl.rmt.intake.localstack.runner.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The day-of-month and day-of-week fields of an EventBridge cron expression, one of which is {@code ?}. Beyond
 * values, ranges and steps: {@code L} (last day of the month; in day-of-week, Saturday), {@code 15W} (the weekday
 * nearest the 15th, within the month), {@code LW} (the month's last weekday), {@code 6L} (the month's last Friday)
 * and {@code 2#1} (the month's first Monday). Days of the week run from 1 (SUN) to 7 (SAT).
 */
final class CronDays {

    private static final Map<String, Integer> WEEKDAYS = Map.of(
            "SUN", 1, "MON", 2, "TUE", 3, "WED", 4, "THU", 5, "FRI", 6, "SAT", 7);

    private CronDays() {
    }

    static Predicate<LocalDate> parse(String dayOfMonth, String dayOfWeek) {
        boolean anyMonthDay = dayOfMonth.equals("?");
        boolean anyWeekDay = dayOfWeek.equals("?");
        if (anyMonthDay == anyWeekDay) {
            throw new IllegalArgumentException("day-of-month and day-of-week: exactly one of them must be '?'");
        }
        return anyWeekDay ? monthDays(dayOfMonth) : weekDays(dayOfWeek);
    }

    private static Predicate<LocalDate> monthDays(String field) {
        List<Predicate<LocalDate>> items = new ArrayList<>();
        for (String item : field.split(",")) {
            if (item.equals("L")) {
                items.add(date -> date.getDayOfMonth() == date.lengthOfMonth());
            } else if (item.equals("LW")) {
                items.add(date -> date.equals(nearestWeekday(date.with(TemporalAdjusters.lastDayOfMonth()))));
            } else if (item.endsWith("W")) {
                int day = CronField.number(item.substring(0, item.length() - 1), 1, 31, Map.of(), "day-of-month");
                items.add(date -> day <= date.lengthOfMonth() && date.equals(nearestWeekday(date.withDayOfMonth(day))));
            } else {
                CronField days = CronField.parse(item, 1, 31, Map.of(), "day-of-month");
                items.add(date -> days.contains(date.getDayOfMonth()));
            }
        }
        return anyOf(items);
    }

    private static Predicate<LocalDate> weekDays(String field) {
        List<Predicate<LocalDate>> items = new ArrayList<>();
        for (String item : field.split(",")) {
            if (item.equals("L")) {
                items.add(date -> date.getDayOfWeek() == DayOfWeek.SATURDAY);
            } else if (item.endsWith("L")) {
                DayOfWeek day = dayOfWeek(CronField.number(item.substring(0, item.length() - 1), 1, 7, WEEKDAYS, "day-of-week"));
                items.add(date -> date.equals(date.with(TemporalAdjusters.lastInMonth(day))));
            } else if (item.contains("#")) {
                String[] parts = item.split("#", 2);
                DayOfWeek day = dayOfWeek(CronField.number(parts[0], 1, 7, WEEKDAYS, "day-of-week"));
                int nth = CronField.number(parts[1], 1, 5, Map.of(), "day-of-week");
                items.add(date -> date.equals(date.with(TemporalAdjusters.dayOfWeekInMonth(nth, day))));
            } else {
                CronField days = CronField.parse(item, 1, 7, WEEKDAYS, "day-of-week");
                items.add(date -> days.contains(cronNumber(date.getDayOfWeek())));
            }
        }
        return anyOf(items);
    }

    /** Saturday moves to the Friday before, Sunday to the Monday after, but never out of the month. */
    private static LocalDate nearestWeekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.getDayOfMonth() == 1 ? day.plusDays(2) : day.minusDays(1);
            case SUNDAY -> day.getDayOfMonth() == day.lengthOfMonth() ? day.minusDays(2) : day.plusDays(1);
            default -> day;
        };
    }

    private static int cronNumber(DayOfWeek day) {
        return day.getValue() % 7 + 1;
    }

    private static DayOfWeek dayOfWeek(int cronNumber) {
        return DayOfWeek.of((cronNumber + 5) % 7 + 1);
    }

    private static Predicate<LocalDate> anyOf(List<Predicate<LocalDate>> items) {
        return date -> items.stream().anyMatch(item -> item.test(date));
    }
}
