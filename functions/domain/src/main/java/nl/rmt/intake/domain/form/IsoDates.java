package nl.rmt.intake.domain.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates as the form and the staff APIs send them: {@code yyyy-MM-dd}, and only dates that exist (no 30 February). */
public final class IsoDates {

    // LocalDate.parse alone would also take signed or five-digit years.
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private IsoDates() {
    }

    public static Optional<LocalDate> parse(String typed) {
        String date = typed.trim();
        if (!ISO_DATE.matcher(date).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
