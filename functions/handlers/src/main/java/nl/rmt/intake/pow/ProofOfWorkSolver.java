package nl.rmt.intake.pow;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.rmt.intake.application.Sha256;
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
        for (int number = 0; number <= challenge.maxnumber(); number++) {
            if (Sha256.hex(challenge.salt() + number).equals(challenge.challenge())) {
                return payload(challenge, number);
            }
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
