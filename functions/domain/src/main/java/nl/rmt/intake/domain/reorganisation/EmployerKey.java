package nl.rmt.intake.domain.reorganisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * The secret in the employer's link to its aggregate view: 32 random bytes, URL-safe base64. Only its SHA-256 is
 * stored, so a copy of the table does not open any employer's view; a new key replaces the hash.
 */
public final class EmployerKey {

    private static final int BYTES = 32;
    // Long enough for any key issued here; a longer one is refused without hashing megabytes.
    private static final int MAX_PRESENTED_LENGTH = 128;

    /** @param secret shown once, in the link; @param sha256Hex what is stored */
    public record Issued(String secret, String sha256Hex) {

        @Override
        public String toString() {
            return "EmployerKey.Issued[secret=…, sha256Hex=" + sha256Hex + "]";
        }
    }

    private EmployerKey() {
    }

    /** @param random a secure generator in production */
    public static Issued issue(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(secret, sha256Hex(secret));
    }

    /**
     * Whether a presented key is the one whose hash is stored. The comparison takes the same time wherever the
     * hashes differ, and a missing key or hash is hashed and compared too, so timing tells nothing.
     */
    public static boolean matches(String storedSha256Hex, String presented) {
        boolean usable = presented != null && !presented.isEmpty() && presented.length() <= MAX_PRESENTED_LENGTH
                && storedSha256Hex != null;
        byte[] expected = (usable ? storedSha256Hex : sha256Hex("")).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = sha256Hex(usable ? presented : "-").getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual) && usable;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
