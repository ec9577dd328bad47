package nl.rmt.intake.pow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.rmt.intake.json.Json;

/**
 * Solves a challenge as the form's ALTCHA widget does, for callers without a browser: the local demo and the tests.
 * The payload is what the widget sends in {@code X-Altcha}.
 */
public final class ProofOfWorkSolver {

    private ProofOfWorkSolver() {
    }

    /** The challenge as {@code GET /v1/challenge} answers it. */
    public static String solve(String challengeJson) {
        return solve(Json.read(challengeJson, ProofOfWork.Challenge.class));
    }

    public static String solve(ProofOfWork.Challenge challenge) {
        byte[] wanted;
        MessageDigest afterSalt;
        try {
            wanted = HexFormat.of().parseHex(challenge.challenge());
            afterSalt = MessageDigest.getInstance("SHA-256");
        } catch (IllegalArgumentException | NoSuchAlgorithmException unsolvable) {
            throw new IllegalArgumentException("The challenge is no SHA-256 hex digest", unsolvable);
        }
        // The salt is hashed once; each number only continues from there, as a clone.
        afterSalt.update(challenge.salt().getBytes(StandardCharsets.UTF_8));
        try {
            for (int number = 0; number <= challenge.maxnumber(); number++) {
                MessageDigest digest = (MessageDigest) afterSalt.clone();
                digest.update(Integer.toString(number).getBytes(StandardCharsets.US_ASCII));
                if (MessageDigest.isEqual(digest.digest(), wanted)) {
                    return payload(challenge, number);
                }
            }
        } catch (CloneNotSupportedException everyJdkDigestClones) {
            throw new IllegalStateException(everyJdkDigestClones);
        }
        throw new IllegalArgumentException("The challenge has no solution up to its maxnumber");
    }

    /** The widget's payload for a given number, right or wrong. */
    public static String payload(ProofOfWork.Challenge challenge, int number) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("algorithm", challenge.algorithm());
        fields.put("challenge", challenge.challenge());
        fields.put("number", number);
        fields.put("salt", challenge.salt());
        fields.put("signature", challenge.signature());
        return Base64.getEncoder().encodeToString(Json.write(fields).getBytes(StandardCharsets.UTF_8));
    }
}
