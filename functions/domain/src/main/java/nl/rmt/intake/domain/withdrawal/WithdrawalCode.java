package nl.rmt.intake.domain.withdrawal;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import nl.rmt.intake.domain.casefile.PublicReference;

/**
 * The secret in the confirmation email that, with the reference, lets a citizen withdraw. It uses the reference's
 * alphabet, so that it too can be read aloud and typed over; 31^10 (about 8 × 10^14) values keep guessing
 * impractical.
 */
public final class WithdrawalCode {

    public static final String ALPHABET = PublicReference.ALPHABET;
    public static final int LENGTH = 10;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private WithdrawalCode() {
    }

    /** @param random a secure generator in production: codes must not be predictable */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Exactly the canonical form: {@value #LENGTH} upper-case characters of the alphabet. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /**
     * The canonical form of a code as typed: any case, spaces and dashes ignored, as for the reference. Look-alike
     * characters are refused rather than guessed at, as for the reference.
     *
     * @return empty when the input cannot be a code
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = SEPARATORS.matcher(typed.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        return isWellFormed(code) ? Optional.of(code) : Optional.empty();
    }
}
