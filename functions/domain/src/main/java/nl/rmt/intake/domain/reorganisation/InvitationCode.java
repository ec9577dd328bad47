package nl.rmt.intake.domain.reorganisation;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import nl.rmt.intake.domain.casefile.PublicReference;

/**
 * The code an employer hands to its staff, e.g. {@code K7QM4XWDP3RA}. Not a secret (the whole workforce gets it), but
 * it must not be guessable either, since it names the employer and marks a case as that reorganisation's: 12
 * characters of the reference alphabet (no 0/O, 1/I/L) give 31^12 (about 7.9 × 10^17) codes, so even a thousand
 * open invitations and a year of guesses at the route's full throttle (10 a second) find one with a chance below
 * one in two million.
 */
public final class InvitationCode {

    public static final String ALPHABET = PublicReference.ALPHABET;
    public static final int LENGTH = 12;
    // Anything longer is not looked at: the code comes from a URL or a letter, typed or scanned.
    private static final int MAX_TYPED_LENGTH = 40;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern WELL_FORMED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private InvitationCode() {
    }

    /** @param random a secure generator in production */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The canonical code as someone typed it: any case, spaces and dashes ignored. Look-alikes ({@code 0}, {@code O},
     * {@code 1}, {@code I}, {@code L}) are not guessed at.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        String code = SEPARATORS.matcher(typed.toUpperCase(Locale.ROOT)).replaceAll("");
        return WELL_FORMED.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
