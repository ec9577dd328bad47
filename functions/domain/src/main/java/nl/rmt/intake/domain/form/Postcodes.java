package nl.rmt.intake.domain.form;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dutch postcodes: four digits (never starting with 0) and two letters, written {@code 1234 AB}. */
final class Postcodes {

    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    // PostNL never issues these letter pairs because of their connotations.
    private static final Set<String> NEVER_ISSUED = Set.of("SA", "SD", "SS");

    private Postcodes() {
    }

    static Optional<String> normalise(String typed) {
        Matcher matcher = POSTCODE.matcher(typed.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String letters = matcher.group(2).toUpperCase(Locale.ROOT);
        if (NEVER_ISSUED.contains(letters)) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + " " + letters);
    }
}
