package nl.rmt.intake.pow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.rmt.intake.application.ProofCheck;
import nl.rmt.intake.application.ProofMessages;
import nl.rmt.intake.application.Sha256;
import nl.rmt.intake.domain.casefile.CaseId;
import nl.rmt.intake.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProofOfWorkTest {

    private static final String KEY = "a-key-of-thirty-two-characters-0";
    private static final Instant ISSUED = Instant.parse("2026-12-03T09:00:00Z");
    private static final Instant SOON = ISSUED.plusSeconds(30);

    private final ProofOfWork proofOfWork = ProofOfWork.enabled(KEY);
    private final ProofOfWork.Challenge challenge = proofOfWork.issue(ISSUED);

    @Test
    void issuesAClassicAltchaChallengeThatExpiresInTenMinutes() {
        assertThat(challenge.algorithm()).isEqualTo("SHA-256");
        assertThat(challenge.maxnumber()).isEqualTo(ProofOfWork.MAX_NUMBER);
        assertThat(challenge.salt()).matches("[0-9a-f]{24}\\?expires=" + ISSUED.plusSeconds(600).getEpochSecond());
        assertThat(challenge.challenge()).matches("[0-9a-f]{64}");
        assertThat(challenge.signature()).matches("[0-9a-f]{64}");
    }

    @Test
    void drawsANewSaltForEveryChallenge() {
        assertThat(proofOfWork.issue(ISSUED).salt()).isNotEqualTo(proofOfWork.issue(ISSUED).salt());
    }

    @Test
    void acceptsTheSolutionWithItsChallengeAndExpiry() {
        ProofCheck check = proofOfWork.check(Optional.of(ProofOfWorkSolver.solve(challenge)), SOON);

        assertThat(check).isEqualTo(new ProofCheck.Solved(challenge.challenge(),
                ISSUED.plusSeconds(600).getEpochSecond(), proofOfWork.caseIdFor(challenge.challenge())));
    }

    @Test
    void givesEachChallengeOneWellFormedCaseIdThatOnlyTheKeyTells() {
        String caseId = proofOfWork.caseIdFor(challenge.challenge());

        assertThat(CaseId.isWellFormed(caseId)).isTrue();
        assertThat(UUID.fromString(caseId).version()).isEqualTo(8);
        assertThat(UUID.fromString(caseId).variant()).isEqualTo(2);
        assertThat(proofOfWork.caseIdFor(challenge.challenge())).isEqualTo(caseId);
        assertThat(proofOfWork.caseIdFor(proofOfWork.issue(ISSUED).challenge())).isNotEqualTo(caseId);
        assertThat(ProofOfWork.enabled("another-key-of-thirty-two-chars-").caseIdFor(challenge.challenge()))
                .isNotEqualTo(caseId);
    }

    @Test
    void givesTheSameCaseIdToEverySolutionOfOneChallenge() {
        String solution = ProofOfWorkSolver.solve(challenge);
        Map<String, Object> withExtras = fieldsOf(solution);
        withExtras.put("took", 812);

        ProofCheck.Solved first = (ProofCheck.Solved) proofOfWork.check(Optional.of(solution), SOON);
        ProofCheck.Solved again = (ProofCheck.Solved) proofOfWork.check(Optional.of(encode(withExtras)), SOON);

        assertThat(again.caseId()).isEqualTo(first.caseId());
    }

    @Test
    void acceptsTheMembersTheWidgetAddsSuchAsTook() {
        Map<String, Object> fields = fieldsOf(ProofOfWorkSolver.solve(challenge));
        fields.put("took", 812);
        fields.put("test", true);

        assertThat(proofOfWork.check(Optional.of(encode(fields)), SOON)).isInstanceOf(ProofCheck.Solved.class);
    }

    @Test
    void refusesAChallengeSignedWithAnotherKey() {
        ProofOfWork.Challenge forged = ProofOfWork.enabled("another-key-of-thirty-two-chars-").issue(ISSUED);

        assertThat(proofOfWork.check(Optional.of(ProofOfWorkSolver.solve(forged)), SOON))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.INVALID));
    }

    @Test
    void refusesAChallengeTheCallerMadeUpWithoutTheKey() {
        String salt = "000000000000000000000000?expires=" + ISSUED.plusSeconds(600).getEpochSecond();
        ProofOfWork.Challenge madeUp = new ProofOfWork.Challenge("SHA-256", Sha256.hex(salt + 1), 50_000, salt,
                "0".repeat(64));

        assertThat(proofOfWork.check(Optional.of(ProofOfWorkSolver.payload(madeUp, 1)), SOON))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.INVALID));
    }

    @Test
    void refusesAWrongNumber() {
        Map<String, Object> fields = fieldsOf(ProofOfWorkSolver.solve(challenge));
        int right = (Integer) fields.get("number");

        assertThat(proofOfWork.check(Optional.of(ProofOfWorkSolver.payload(challenge, right == 0 ? 1 : right - 1)), SOON))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.INVALID));
    }

    @Test
    void refusesAnExpiryMovedLaterBecauseTheSignatureCoversTheSalt() {
        Map<String, Object> fields = fieldsOf(ProofOfWorkSolver.solve(challenge));
        fields.put("salt", challenge.salt().replaceAll("expires=\\d+", "expires=" + ISSUED.plusSeconds(86_400).getEpochSecond()));

        assertThat(proofOfWork.check(Optional.of(encode(fields)), SOON))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.INVALID));
    }

    @Test
    void refusesASolutionFromItsExpirySecondOn() {
        String solved = ProofOfWorkSolver.solve(challenge);

        assertThat(proofOfWork.check(Optional.of(solved), ISSUED.plusSeconds(599)))
                .isInstanceOf(ProofCheck.Solved.class);
        assertThat(proofOfWork.check(Optional.of(solved), ISSUED.plusSeconds(600)))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.EXPIRED));
    }

    @Test
    void refusesAnotherAlgorithm() {
        Map<String, Object> fields = fieldsOf(ProofOfWorkSolver.solve(challenge));
        fields.put("algorithm", "SHA-1");

        assertThat(proofOfWork.check(Optional.of(encode(fields)), SOON))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.INVALID));
    }

    @Test
    void refusesANumberSentAsText() {
        Map<String, Object> fields = fieldsOf(ProofOfWorkSolver.solve(challenge));
        fields.put("number", String.valueOf(fields.get("number")));

        assertThat(proofOfWork.check(Optional.of(encode(fields)), SOON))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.INVALID));
    }

    @Test
    void refusesAPayloadWithoutASignature() {
        Map<String, Object> fields = fieldsOf(ProofOfWorkSolver.solve(challenge));
        fields.remove("signature");

        assertThat(proofOfWork.check(Optional.of(encode(fields)), SOON))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "bm90IGpzb24=", "WzEsMiwzXQ==", "bnVsbA==", "eyJudW1iZXIiOiJ4In0="})
    void refusesAPayloadThatIsNotBase64OfAJsonObject(String payload) {
        assertThat(proofOfWork.check(Optional.of(payload), SOON))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.INVALID));
    }

    @Test
    void refusesAnOverlongPayloadUnread() {
        assertThat(proofOfWork.check(Optional.of("A".repeat(4096)), SOON))
                .isEqualTo(new ProofCheck.Refused(ProofMessages.INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void namesAMissingProofAsMissing(String payload) {
        assertThat(proofOfWork.check(Optional.of(payload), SOON)).isEqualTo(new ProofCheck.Refused(ProofMessages.MISSING));
        assertThat(proofOfWork.check(Optional.empty(), SOON)).isEqualTo(new ProofCheck.Refused(ProofMessages.MISSING));
    }

    @Test
    void asksForNoProofWhenDisabled() {
        ProofOfWork disabled = ProofOfWork.disabled();

        assertThat(disabled.isEnabled()).isFalse();
        assertThat(disabled.check(Optional.empty(), SOON)).isEqualTo(new ProofCheck.NotRequired());
        assertThat(disabled.check(Optional.of("anything"), SOON)).isEqualTo(new ProofCheck.NotRequired());
    }

    @Test
    void refusesToStartWithAShortKey() {
        assertThatThrownBy(() -> ProofOfWork.enabled("short")).isInstanceOf(IllegalStateException.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fieldsOf(String payload) {
        return new java.util.LinkedHashMap<>(Json.read(
                new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8), Map.class));
    }

    private static String encode(Map<String, Object> fields) {
        return Base64.getEncoder().encodeToString(Json.write(fields).getBytes(StandardCharsets.UTF_8));
    }
}
