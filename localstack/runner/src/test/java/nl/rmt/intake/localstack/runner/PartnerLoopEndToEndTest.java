package nl.rmt.intake.localstack.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.SentEmail;
import nl.rmt.intake.partner.Feedback;
import nl.rmt.intake.partner.FeedbackApi;
import nl.rmt.intake.partner.FeedbackDecider;
import nl.rmt.intake.partner.MessageOutcome;
import nl.rmt.intake.partner.Outcome;
import nl.rmt.intake.partner.PartnerConsumer;
import nl.rmt.intake.store.IntakePacking;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A case's life after intake on the embedded stack, through the real HTTP API and queues: partners take their
 * messages with the reference consumer and report back with signed requests, the escalation schedule runs by
 * hand, and the citizen withdraws with the code from their email.
 */
class PartnerLoopEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern WITHDRAWAL_CODE = Pattern.compile("(?:intrekcode|withdrawal\\s+code) ([A-Z0-9]{10})");
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static EmbeddedStack stack;
    private static LocalLambda lambda;

    @BeforeAll
    static void start() {
        // The pipeline is under test here; the proof of work of the public form has its own tests.
        stack = EmbeddedStack.builder().parameter("ProofOfWork", "Disabled").start();
        lambda = LocalLambda.start(stack, 0);
    }

    @AfterAll
    static void stop() {
        lambda.close();
        stack.close();
    }

    @Test
    void aRejectedCaseIsReroutedThenAcceptedContactedAndClosed() throws Exception {
        JsonNode intake = submit("jobbank-wajong-amsterdam");
        String caseId = intake.get("caseId").asText();
        String reference = intake.get("reference").asText();
        assertThat(emailsAbout("noor.jansen@example.org", reference)).hasSize(1);

        List<MessageOutcome> uwv = consume("uwv", "partner-uwv",
                message -> Optional.of(Feedback.rejected("Geen uitkering bij UWV.")));
        lambda.drain();

        assertThat(forCase(uwv, caseId)).singleElement().satisfies(outcome -> {
            assertThat(outcome.messageType()).isEqualTo("CASE_ASSIGNED");
            assertThat(outcome.httpStatus()).hasValue(200);
            assertThat(outcome.deleted()).isTrue();
        });
        Map<String, AttributeValue> rerouted = caseItem(caseId);
        assertThat(rerouted.get("status").s()).isEqualTo("ROUTED");
        assertThat(rerouted.get("leadPartnerId").s()).isEqualTo("am18-gemeente");
        assertThat(emailsAbout("noor.jansen@example.org", reference)).hasSize(2)
                .last().satisfies(update -> assertThat(update.text()).doesNotContain("Geen uitkering"));

        List<MessageOutcome> gemeente = consume("am18-gemeente", "partner-am18-gemeente",
                message -> Optional.of(Feedback.accepted()));
        assertThat(forCase(gemeente, caseId)).singleElement()
                .satisfies(outcome -> assertThat(outcome.httpStatus()).hasValue(200));
        try (FeedbackApi api = feedbackApi("rmt-intake-partner-am18-gemeente")) {
            assertThat(api.send(caseId, Feedback.contacted())).isEqualTo(200);
            assertThat(api.send(caseId, Feedback.closed(Outcome.WORK))).isEqualTo(200);
        }
        lambda.drain();

        Map<String, AttributeValue> closed = caseItem(caseId);
        assertThat(closed.get("status").s()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").s()).isEqualTo("WORK");
        assertThat(history(caseId)).containsExactly(
                "SUBMITTED", "ROUTED", "REJECTED", "ROUTED", "ACCEPTED", "CONTACTED", "CLOSED");
    }

    @Test
    void aPartnerActingOnAnotherPartnersCaseGets403AndChangesNothing() throws Exception {
        String caseId = submit("jobseeker-ww-midden-brabant").get("caseId").asText();
        String version = caseItem(caseId).get("version").n();

        try (FeedbackApi api = feedbackApi("rmt-intake-partner-vakbonden")) {
            assertThat(api.send(caseId, Feedback.accepted())).isEqualTo(403);
        }

        assertThat(caseItem(caseId).get("version").n()).isEqualTo(version);
        assertThat(caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
    }

    @Test
    void aLeadThatDoesNotAcceptInTimeIsEscalatedToTheDeskWhichTakesOver() throws Exception {
        JsonNode intake = submit("jobseeker-ww-midden-brabant");
        String caseId = intake.get("caseId").asText();
        String reference = intake.get("reference").asText();
        assumeTheLeadGotTheCase(caseId, Instant.now().minus(14, ChronoUnit.DAYS));

        lambda.triggerSchedule("EscalationFunction");
        lambda.drain();

        Map<String, AttributeValue> escalated = caseItem(caseId);
        assertThat(escalated.get("status").s()).isEqualTo("ESCALATED");
        assertThat(escalated.get("leadPartnerId").s()).isEqualTo("rmt-am26");
        List<MessageOutcome> uwv = consume("uwv", "partner-uwv", message -> Optional.empty());
        assertThat(forCase(uwv, caseId)).extracting(MessageOutcome::messageType)
                .containsExactly("CASE_ASSIGNED", "CASE_REASSIGNED");
        assertThat(emailsAbout("lisa.bakker@example.org", reference)).hasSize(2);

        List<MessageOutcome> desk = consume("rmt-am26", "desk-am26", message -> Optional.of(Feedback.accepted()),
                "rmt-intake-desk-am26");
        assertThat(forCase(desk, caseId)).singleElement()
                .satisfies(outcome -> assertThat(outcome.httpStatus()).hasValue(200));
        assertThat(caseItem(caseId).get("status").s()).isEqualTo("ACCEPTED");
        assertThat(history(caseId)).containsExactly("SUBMITTED", "ROUTED", "ESCALATED", "ACCEPTED");
    }

    @Test
    void aCitizenWithdrawsWithTheCodeFromTheEmailAndEveryPartnerIsTold() throws Exception {
        JsonNode intake = submit("zzp-noordoost-brabant");
        String caseId = intake.get("caseId").asText();
        String reference = intake.get("reference").asText();
        Matcher code = WITHDRAWAL_CODE.matcher(emailsAbout("bram.vandenberg@example.org", reference).get(0).text());
        assertThat(code.find()).isTrue();

        HttpResponse<String> withdrawal = post("/v1/withdrawals",
                JSON.writeValueAsString(Map.of("reference", reference, "code", code.group(1))), null);
        lambda.drain();

        assertThat(withdrawal.statusCode()).isEqualTo(200);
        Map<String, AttributeValue> withdrawn = caseItem(caseId);
        assertThat(withdrawn.get("status").s()).isEqualTo("WITHDRAWN");
        assertThat(intakeItem(caseId)).containsKey("needs").doesNotContainKeys("person", "remarks");
        List<MessageOutcome> project = consume("am27-zzp-project", "partner-am27-zzp-project", message -> Optional.empty());
        assertThat(forCase(project, caseId)).extracting(MessageOutcome::messageType)
                .containsExactly("CASE_ASSIGNED", "CASE_WITHDRAWN");
        assertThat(history(caseId)).endsWith("WITHDRAWN");
    }

    private static JsonNode submit(String fixture) throws Exception {
        JsonNode event = JSON.readTree(Files.readString(ProjectFiles.root().resolve("events/intakes/" + fixture + ".json")));
        HttpResponse<String> response = post(event.get("rawPath").asText(), event.get("body").asText(),
                UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        lambda.drain();
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String path, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lambda.httpApiUrl() + path))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("idempotency-key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<MessageOutcome> consume(String partnerId, String queue, FeedbackDecider decider) {
        return consume(partnerId, queue, decider, "rmt-intake-partner-" + partnerId);
    }

    /** @param role the IAM role the partner signs with; locally the access key id names it */
    private static List<MessageOutcome> consume(String partnerId, String queue, FeedbackDecider decider, String role) {
        try (FeedbackApi api = feedbackApi(role)) {
            return PartnerConsumer.builder()
                    .sqs(stack.sqs())
                    .queueName("rmt-intake-" + queue + ".fifo")
                    .partnerId(partnerId)
                    .feedbackApi(api)
                    .decider(decider)
                    .build()
                    .drain();
        }
    }

    private static FeedbackApi feedbackApi(String role) {
        return new FeedbackApi(lambda.httpApiUrl(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(role, "local-secret")),
                Region.of(stack.settings().region()));
    }

    private static List<MessageOutcome> forCase(List<MessageOutcome> outcomes, String caseId) {
        return outcomes.stream().filter(outcome -> caseId.equals(outcome.caseId())).toList();
    }

    private static List<SentEmail> emailsAbout(String address, String reference) {
        return stack.mailbox().sentTo(address).stream().filter(email -> email.subject().contains(reference)).toList();
    }

    /** Moves the case's place in the escalation index back in time, as if its lead had had it since then. */
    private static void assumeTheLeadGotTheCase(String caseId, Instant since) {
        stack.dynamoDb().updateItem(request -> request.tableName(table()).key(key(caseId))
                .updateExpression("SET gsi2sk = :since")
                .expressionAttributeValues(Map.of(":since", AttributeValue.fromS(SORTABLE.format(since) + "#" + caseId))));
    }

    /** The case's status changes in order, as the desks read them. */
    private static List<String> history(String caseId) {
        return CaseHistory.statusChanges(stack, caseId).stream().map(entry -> entry.get("to").asText()).toList();
    }

    private static Map<String, AttributeValue> caseItem(String caseId) {
        return stack.dynamoDb().getItem(request -> request.tableName(table()).consistentRead(true).key(key(caseId)))
                .item();
    }

    private static Map<String, AttributeValue> key(String caseId) {
        return Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE"));
    }

    /** The form as sent and the decision, apart from the case item, as the store reads them. */
    private static Map<String, AttributeValue> intakeItem(String caseId) {
        return IntakePacking.unpacked(stack.dynamoDb().getItem(request -> request.tableName(table()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE#INTAKE"))))
                .item());
    }

    private static String table() {
        return stack.resources().tableName("CasesTable");
    }
}
