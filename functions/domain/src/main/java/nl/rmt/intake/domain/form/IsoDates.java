package nl.rmt.intake.domain.form;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

/** Dates as the form and the staff APIs send them: {@code yyyy-MM-dd}, and only dates that exist (no 30 February). */
public final class IsoDates {

    private IsoDates() {
    }

    public static Optional<LocalDate> parse(String typed) {
        // Read by hand: LocalDate.parse would also take signed or five-digit years, and costs more than the form.
        String date = typed.trim();
        if (date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
            return Optional.empty();
        }
        int year = digits(date, 0, 4);
        int month = digits(date, 5, 7);
        int day = digits(date, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** @return the number the ASCII digits from {@code start} to {@code end} write, or -1 when one is not a digit */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
