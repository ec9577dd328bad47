package nl.rmt.intake.handlers.intake;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.rmt.intake.application.ProofCheck;
import nl.rmt.intake.pow.ProofOfWork;
import nl.rmt.intake.pow.ProofOfWorkSolver;
import nl.rmt.intake.testing.EmailLimit;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The intake function on a stage that asks for a proof of work (the shared test stack asks for none). */
class SubmitIntakeProofOfWorkTest {

    private static final String KEY = "a-test-key-of-thirty-two-chars-0";
    private static final ProofOfWork PROOF_OF_WORK = ProofOfWork.enabled(KEY);

    private static SubmitIntakeHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("SubmitIntakeFunction",
                () -> new SubmitIntakeHandler(EmailLimit.submitIntakeAllowing(1000), PROOF_OF_WORK));
    }

    @Test
    void acceptsAnIntakeWithASolvedChallengeAsTheCaseTheChallengeNamesAndStoresNoOtherRecordOfIt() {
        String proof = ProofOfWorkSolver.solve(PROOF_OF_WORK.issue(Instant.now()));
        ProofCheck.Solved solved = (ProofCheck.Solved) PROOF_OF_WORK.check(Optional.of(proof), Instant.now());

        APIGatewayV2HTTPResponse response = submit(intake(proof, "nl"));

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(body(response).get("caseId").asText()).isEqualTo(solved.caseId());
        assertThat(LocalStack.stateItem(solved.caseId())).containsKey("status");
        assertThat(itemsUnder("PROOF#")).isZero();
    }

    @Test
    void givesIntakesWithoutAProofRandomCaseIdsAsBefore() {
        SubmitIntakeHandler withoutProof = LocalStack.asFunction("SubmitIntakeFunction",
                () -> new SubmitIntakeHandler(EmailLimit.submitIntakeAllowing(1000), ProofOfWork.disabled()));

        APIGatewayV2HTTPResponse first = withoutProof.handleRequest(intake(null, "nl"), null);
        APIGatewayV2HTTPResponse second = withoutProof.handleRequest(intake(null, "nl"), null);

        assertThat(first.getStatusCode()).isEqualTo(202);
        assertThat(second.getStatusCode()).isEqualTo(202);
        assertThat(body(first).get("caseId")).isNotEqualTo(body(second).get("caseId"));
    }

    @Test
    void refusesAnIntakeWithoutAProofIn400NamingTheHeaderAndStoresNothing() {
        int itemsBefore = LocalStack.itemCount();

        APIGatewayV2HTTPResponse response = submit(Events.withField(intake(null, "en"), "person.language", "nl"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode error = body(response).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("X-Altcha");
        assertThat(error.get("code").asText()).isEqualTo("PROOF_OF_WORK_MISSING");
        assertThat(error.get("message").asText()).startsWith("De controle dat u geen robot bent ontbreekt");
        assertThat(LocalStack.itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void explainsAMissingOrSpentProofInTheLanguageTheFormNamesWhateverTheHeaderAsks() {
        String proof = ProofOfWorkSolver.solve(PROOF_OF_WORK.issue(Instant.now()));
        assertThat(submit(intake(proof, "nl")).getStatusCode()).isEqualTo(202);

        APIGatewayV2HTTPResponse missing = submit(intake(null, "nl"));
        APIGatewayV2HTTPResponse spent = submit(Events.withField(intake(proof, "nl"), "person.givenName", "Other"));

        assertThat(body(missing).at("/errors/0/code").asText()).isEqualTo("PROOF_OF_WORK_MISSING");
        assertThat(body(missing).at("/errors/0/message").asText()).startsWith("The check that you are not a robot");
        assertThat(body(spent).at("/errors/0/code").asText()).isEqualTo("PROOF_OF_WORK_SPENT");
        assertThat(body(spent).at("/errors/0/message").asText()).contains("already used");
    }

    @Test
    void reportsAMissingProofTogetherWithEveryFieldErrorOfTheForm() {
        APIGatewayV2HTTPEvent event = Events.withField(Events.withField(intake(null, "nl"),
                "person.email", "jan@@example"), "person.familyName", "");

        APIGatewayV2HTTPResponse response = submit(event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("person.email", "person.familyName", "X-Altcha");
    }

    @Test
    void explainsAForgedProofInEnglishWhenAskedFor() {
        ProofOfWork.Challenge forged = ProofOfWork.enabled("someone-elses-key-of-32-chars-00").issue(Instant.now());

        APIGatewayV2HTTPResponse response = submit(intake(ProofOfWorkSolver.solve(forged), "en"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode error = body(response).get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("PROOF_OF_WORK_INVALID");
        assertThat(error.get("message").asText()).startsWith("The check that you are not a robot failed");
    }

    @Test
    void refusesASpentProofForAnotherIntakeAndStoresNothing() {
        String proof = ProofOfWorkSolver.solve(PROOF_OF_WORK.issue(Instant.now()));
        assertThat(submit(intake(proof, "en")).getStatusCode()).isEqualTo(202);
        int itemsAfterFirst = LocalStack.itemCount();

        APIGatewayV2HTTPResponse second = submit(Events.withField(intake(proof, "en"), "person.givenName", "Other"));

        assertThat(second.getStatusCode()).isEqualTo(400);
        assertThat(body(second).at("/errors/0/code").asText()).isEqualTo("PROOF_OF_WORK_SPENT");
        assertThat(body(second).at("/errors/0/message").asText()).contains("already used");
        assertThat(LocalStack.itemCount()).isEqualTo(itemsAfterFirst);
    }

    @Test
    void answersARetryUnderTheSameIdempotencyKeyWithTheStored202() {
        String proof = ProofOfWorkSolver.solve(PROOF_OF_WORK.issue(Instant.now()));
        APIGatewayV2HTTPEvent first = intake(proof, "nl");
        String key = first.getHeaders().get("idempotency-key");
        APIGatewayV2HTTPResponse accepted = submit(first);

        APIGatewayV2HTTPResponse retried = submit(Events.withIdempotencyKey(intake(proof, "nl"), key));

        assertThat(retried.getStatusCode()).isEqualTo(202);
        assertThat(retried.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(body(retried).get("caseId")).isEqualTo(body(accepted).get("caseId"));
    }

    private static APIGatewayV2HTTPEvent intake(String proof, String language) {
        APIGatewayV2HTTPEvent event = Events.withIdempotencyKey(Events.intake("jobbank-wajong-amsterdam"),
                UUID.randomUUID().toString());
        Events.withHeader(event, "accept-language", language);
        return Events.withHeader(event, "x-altcha", proof);
    }

    private static APIGatewayV2HTTPResponse submit(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    private static int itemsUnder(String pkPrefix) {
        return LocalStack.stack().dynamoDb().scanPaginator(request -> request.tableName(LocalStack.table())
                        .filterExpression("begins_with(pk, :prefix)")
                        .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(pkPrefix))))
                .stream().mapToInt(page -> page.count()).sum();
    }
}
