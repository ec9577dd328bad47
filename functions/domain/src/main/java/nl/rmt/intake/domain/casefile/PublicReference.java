package nl.rmt.intake.domain.casefile;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The reference a citizen quotes, e.g. {@code RMT-7KQ4-XM2P}. Its alphabet leaves out 0/O, 1/I/L so that it can be
 * read aloud and typed over without confusion; 31^8 (about 8.5 × 10^11) combinations keep guessing impractical.
 */
public final class PublicReference {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final String PREFIX = "RMT";
    private static final int GROUP_LENGTH = 4;
    private static final Pattern WELL_FORMED =
            Pattern.compile(PREFIX + "-[" + ALPHABET + "]{" + GROUP_LENGTH + "}-[" + ALPHABET + "]{" + GROUP_LENGTH + "}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private PublicReference() {
    }

    /** @param random a secure generator in production: references must not be predictable */
    public static String generate(RandomGenerator random) {
        StringBuilder reference = new StringBuilder(PREFIX);
        for (int group = 0; group < 2; group++) {
            reference.append('-');
            for (int i = 0; i < GROUP_LENGTH; i++) {
                reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return reference.toString();
    }

    /** Exactly the canonical form: upper case, with both dashes. */
    public static boolean isWellFormed(String reference) {
        return reference != null && WELL_FORMED.matcher(reference).matches();
    }

    /**
     * The canonical form of a reference as a citizen typed it: any case, with or without dashes and spaces, with or
     * without the {@code RMT} prefix. Look-alike characters are not guessed at: {@code 0} could be {@code O} or a
     * mistyped {@code Q}, so such input is refused rather than matched to someone else's case.
     *
     * @throws IllegalArgumentException when the input cannot be a reference
     */
    public static String normalise(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("no reference given");
        }
        String compact = SEPARATORS.matcher(typed.trim().toUpperCase(Locale.ROOT)).replaceAll("");
        String code = compact.startsWith(PREFIX) && compact.length() == PREFIX.length() + 2 * GROUP_LENGTH
                ? compact.substring(PREFIX.length())
                : compact;
        if (code.length() != 2 * GROUP_LENGTH) {
            throw new IllegalArgumentException("a reference has " + 2 * GROUP_LENGTH + " characters after " + PREFIX);
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new IllegalArgumentException("a reference only uses the characters " + ALPHABET);
            }
        }
        return PREFIX + "-" + code.substring(0, GROUP_LENGTH) + "-" + code.substring(GROUP_LENGTH);
    }
}
