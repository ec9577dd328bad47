package nl.rmt.intake.handlers.challenge;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.rmt.intake.application.ProofCheck;
import nl.rmt.intake.pow.ProofOfWork;
import nl.rmt.intake.pow.ProofOfWorkSolver;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.Test;

class ChallengeHandlerTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final ProofOfWork PROOF_OF_WORK = ProofOfWork.enabled("a-test-key-of-thirty-two-chars-0");

    @Test
    void handsOutASignedChallengeThatTheIntakeFunctionAcceptsOnceSolved() {
        APIGatewayV2HTTPResponse response = handler(PROOF_OF_WORK).handleRequest(event(), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Cache-Control", "no-store");
        JsonNode challenge = body(response);
        assertThat(challenge.get("algorithm").asText()).isEqualTo("SHA-256");
        assertThat(challenge.get("maxnumber").asInt()).isEqualTo(ProofOfWork.MAX_NUMBER);
        assertThat(challenge.get("salt").asText()).endsWith("?expires=" + NOW.plusSeconds(600).getEpochSecond());
        assertThat(PROOF_OF_WORK.check(Optional.of(ProofOfWorkSolver.solve(response.getBody())), NOW.plusSeconds(5)))
                .isInstanceOf(ProofCheck.Solved.class);
    }

    @Test
    void answers404WhenTheStageAsksForNoProof() {
        APIGatewayV2HTTPResponse response = handler(ProofOfWork.disabled()).handleRequest(event(), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(body(response).get("message").asText()).contains("no proof of work");
    }

    private static ChallengeHandler handler(ProofOfWork proofOfWork) {
        return LocalStack.asFunction("ChallengeFunction",
                () -> new ChallengeHandler(proofOfWork, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private static APIGatewayV2HTTPEvent event() {
        return EventLoader.loadApiGatewayHttpEvent("events/challenge/get-challenge.json");
    }
}
