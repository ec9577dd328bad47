package nl.rmt.intake.domain.form;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Dutch postcodes: four digits (never starting with 0) and two letters, written {@code 1234 AB}. */
final class Postcodes {

    // PostNL never issues these letter pairs because of their connotations.
    private static final Set<String> NEVER_ISSUED = Set.of("SA", "SD", "SS");

    private Postcodes() {
    }

    static Optional<String> normalise(String typed) {
        // Four digits, the first not 0, an optional space, two ASCII letters: 1234AB or 1234 ab.
        String postcode = typed.trim();
        int letters = postcode.length() - 2;
        if (letters != 4 && !(letters == 5 && postcode.charAt(4) == ' ')) {
            return Optional.empty();
        }
        if (postcode.charAt(0) == '0' || !isAsciiDigit(postcode.charAt(0)) || !isAsciiDigit(postcode.charAt(1))
                || !isAsciiDigit(postcode.charAt(2)) || !isAsciiDigit(postcode.charAt(3))
                || !isAsciiLetter(postcode.charAt(letters)) || !isAsciiLetter(postcode.charAt(letters + 1))) {
            return Optional.empty();
        }
        String upperLetters = postcode.substring(letters).toUpperCase(Locale.ROOT);
        if (NEVER_ISSUED.contains(upperLetters)) {
            return Optional.empty();
        }
        String normalised = postcode.substring(0, 4) + " " + upperLetters;
        return Optional.of(normalised.equals(postcode) ? postcode : normalised);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
