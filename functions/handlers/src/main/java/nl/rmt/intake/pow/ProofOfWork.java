package nl.rmt.intake.pow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.rmt.intake.application.ProofCheck;
import nl.rmt.intake.application.ProofMessages;
import nl.rmt.intake.application.Sha256;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.json.Json;

/**
 * ALTCHA's classic proof of work (widget 2.x): a challenge is hex SHA-256(salt + number) for a secret number up to
 * {@link #MAX_NUMBER}, signed with hex HMAC-SHA256(key, challenge); the browser finds the number and sends
 * base64 JSON {algorithm, challenge, number, salt, signature}. The salt carries {@code ?expires=<epoch seconds>},
 * so the signature covers the expiry too. Nothing is stored to issue one; a solution is spent with its case,
 * whose id it fixes.
 */
public final class ProofOfWork {

    public static final String ALGORITHM = "SHA-256";
    /** A phone's browser tries about 100,000 SHA-256 a second: half this range on average, well under a second. */
    public static final int MAX_NUMBER = 50_000;
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /** The smallest HMAC key accepted: 32 characters, as the template's parameter demands. */
    static final int MIN_KEY_LENGTH = 32;
    private static final int MAX_PAYLOAD_LENGTH = 2048;
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SALT = Pattern.compile("[0-9a-f]{24}\\?expires=([0-9]{1,12})");
    private static final HexFormat HEX = HexFormat.of();
    private static final String CASE_ID_PREFIX = "case-id\n";

    private final boolean enabled;
    private final SecretKeySpec key;
    private final RandomGenerator random;

    private ProofOfWork(boolean enabled, String key, RandomGenerator random) {
        if (enabled && (key == null || key.length() < MIN_KEY_LENGTH)) {
            throw new IllegalStateException("PROOF_OF_WORK_KEY must have at least " + MIN_KEY_LENGTH + " characters");
        }
        this.enabled = enabled;
        this.key = enabled ? new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256") : null;
        this.random = random;
    }

    public static ProofOfWork enabled(String key) {
        return new ProofOfWork(true, key, new SecureRandom());
    }

    public static ProofOfWork disabled() {
        return new ProofOfWork(false, null, null);
    }

    /** As template.yaml sets it: PROOF_OF_WORK (Enabled or Disabled) and PROOF_OF_WORK_KEY. */
    public static ProofOfWork fromSettings() {
        boolean on = !"Disabled".equals(Settings.optional("PROOF_OF_WORK").orElse("Enabled"));
        return on ? enabled(Settings.required("PROOF_OF_WORK_KEY")) : disabled();
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** A new challenge, valid for {@link #LIFETIME} from {@code now}; the widget reads it as JSON. */
    public Challenge issue(Instant now) {
        if (!enabled) {
            throw new IllegalStateException("Proof of work is disabled");
        }
        byte[] saltBytes = new byte[12];
        random.nextBytes(saltBytes);
        String salt = HEX.formatHex(saltBytes) + "?expires=" + now.plus(LIFETIME).getEpochSecond();
        String challenge = Sha256.hex(salt + random.nextInt(MAX_NUMBER + 1));
        return new Challenge(ALGORITHM, challenge, MAX_NUMBER, salt, hmac(challenge));
    }

    /** Checks the widget's payload (the {@code X-Altcha} header); single use is the store's part. */
    public ProofCheck check(Optional<String> payload, Instant now) {
        if (!enabled) {
            return new ProofCheck.NotRequired();
        }
        if (payload.isEmpty() || payload.get().isBlank()) {
            return new ProofCheck.Refused(ProofMessages.MISSING);
        }
        Solution solution = decode(payload.get());
        if (solution == null || !ALGORITHM.equals(solution.algorithm()) || solution.challenge() == null
                || solution.salt() == null || solution.signature() == null || solution.number() == null
                || !HEX_64.matcher(solution.challenge()).matches()) {
            return new ProofCheck.Refused(ProofMessages.INVALID);
        }
        Matcher salt = SALT.matcher(solution.salt());
        if (!salt.matches() || solution.number() < 0 || solution.number() > MAX_NUMBER
                || !constantTimeEquals(hmac(solution.challenge()), solution.signature())
                || !constantTimeEquals(Sha256.hex(solution.salt() + solution.number()), solution.challenge())) {
            return new ProofCheck.Refused(ProofMessages.INVALID);
        }
        long expiresAt = Long.parseLong(salt.group(1));
        if (now.getEpochSecond() >= expiresAt) {
            return new ProofCheck.Refused(ProofMessages.EXPIRED);
        }
        return new ProofCheck.Solved(solution.challenge(), expiresAt, caseIdFor(solution.challenge()));
    }

    /**
     * The id of the one case a challenge may make: a UUID (version 8, RFC 9562) of our HMAC of it, so nobody
     * without the key can tell a case's id from its challenge. The prefix keeps it apart from the signature, whose
     * input is the bare hex challenge.
     */
    String caseIdFor(String challenge) {
        byte[] mac = mac(CASE_ID_PREFIX + challenge);
        long high = ByteBuffer.wrap(mac, 0, 8).getLong() & ~0xF000L | 0x8000L;
        long low = ByteBuffer.wrap(mac, 8, 8).getLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static Solution decode(String payload) {
        if (payload.length() > MAX_PAYLOAD_LENGTH) {
            return null;
        }
        try {
            Map<?, ?> fields = Json.read(new String(Base64.getDecoder().decode(payload.trim()),
                    StandardCharsets.UTF_8), Map.class);
            Object number = fields.get("number");
            return new Solution(text(fields.get("algorithm")), text(fields.get("challenge")),
                    number instanceof Integer whole ? whole : null, text(fields.get("salt")),
                    text(fields.get("signature")));
        } catch (RuntimeException notBase64JsonObject) {
            return null;
        }
    }

    private static String text(Object value) {
        return value instanceof String string ? string : null;
    }

    private String hmac(String challenge) {
        return HEX.formatHex(mac(challenge));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** The challenge as the widget reads it. */
    public record Challenge(String algorithm, String challenge, int maxnumber, String salt, String signature) {
    }

    private record Solution(String algorithm, String challenge, Integer number, String salt, String signature) {
    }
}
