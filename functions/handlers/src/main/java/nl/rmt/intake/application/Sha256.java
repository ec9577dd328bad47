package nl.rmt.intake.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: for secrets kept only as hashes, and for comparing requests. */
public final class Sha256 {

    private Sha256() {
    }

    /** Hashes the parts with a newline between them, so that ("ab", "c") and ("a", "bc") differ. */
    public static String hex(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    digest.update((byte) '\n');
                }
                digest.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
