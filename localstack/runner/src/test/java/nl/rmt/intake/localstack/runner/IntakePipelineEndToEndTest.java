package nl.rmt.intake.localstack.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.store.IntakePacking;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The whole product on the embedded stack, as deployed by template.yaml: intakes go in over HTTP, the stream
 * drives the outbox to the partner queues, the confirmation queue drives the emails.
 */
class IntakePipelineEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Where each sample intake must end: region, lead queue, referral queues, target groups. */
    private static final Map<String, Expected> EXPECTED = Map.of(
            "at-risk-employee-drechtsteden", new Expected("AM23", "partner-vakbonden",
                    List.of("partner-am23-schuldhulp"), Set.of("AT_RISK_EMPLOYEE", "DEBT")),
            "debt-help-assen-at-drenthe-desk", new Expected("AM01", "desk-am01", List.of(), Set.of("DEBT")),
            "jobbank-wajong-amsterdam", new Expected("AM18", "partner-uwv", List.of(),
                    Set.of("JOBBANK", "JOBSEEKER")),
            "jobseeker-ww-midden-brabant", new Expected("AM26", "partner-uwv", List.of(), Set.of("JOBSEEKER")),
            "newcomer-amsterdam", new Expected("AM18", "partner-am18-gemeente", List.of(),
                    Set.of("JOBSEEKER", "NEWCOMER")),
            "youth-employed-no-consent-groningen", new Expected("AM01", "desk-am01", List.of(), Set.of("YOUTH")),
            "youth-without-basic-qualification-utrecht", new Expected("AM13", "partner-am13-onderwijs", List.of(),
                    Set.of("YOUTH", "JOBSEEKER", "TRAINING")),
            "zzp-noordoost-brabant", new Expected("AM27", "partner-am27-zzp-project", List.of(), Set.of("ZZP")));

    private static EmbeddedStack stack;
    private static LocalLambda lambda;
    private static final Map<String, JsonNode> ANSWERS = new HashMap<>();
    private static final Map<String, List<JsonNode>> MESSAGES_BY_CASE = new HashMap<>();

    private record Expected(String region, String leadQueue, List<String> referralQueues, Set<String> groups) {
    }

    @BeforeAll
    static void submitEverySampleIntake() throws Exception {
        // The pipeline is under test here; the proof of work of the public form has its own tests.
        stack = EmbeddedStack.builder().parameter("ProofOfWork", "Disabled").start();
        lambda = LocalLambda.start(stack, 0);
        for (String fixture : EXPECTED.keySet()) {
            HttpResponse<String> response = post(fixture(fixture), UUID.randomUUID().toString());
            assertThat(response.statusCode()).as(fixture + ": " + response.body()).isEqualTo(202);
            ANSWERS.put(fixture, JSON.readTree(response.body()));
        }
        lambda.drain();
        for (String queue : queuesOfInterest()) {
            for (Message message : takeAll(queue)) {
                JsonNode body = JSON.readTree(message.body());
                MESSAGES_BY_CASE.computeIfAbsent(body.get("caseId").asText(), id -> new ArrayList<>())
                        .add(((com.fasterxml.jackson.databind.node.ObjectNode) body).put("queue", queue));
            }
        }
    }

    @AfterAll
    static void stop() {
        lambda.close();
        stack.close();
    }

    @Test
    void routesEachIntakeToItsLeadsQueueAndItsReferralsQueues() {
        EXPECTED.forEach((fixture, expected) -> {
            String caseId = ANSWERS.get(fixture).get("caseId").asText();
            List<JsonNode> messages = MESSAGES_BY_CASE.getOrDefault(caseId, List.of());
            assertThat(messages).as(fixture).filteredOn(m -> m.get("role").asText().equals("LEAD"))
                    .extracting(m -> m.get("queue").asText()).containsExactly(expected.leadQueue());
            assertThat(messages).as(fixture).filteredOn(m -> m.get("role").asText().equals("REFERRAL"))
                    .extracting(m -> m.get("queue").asText())
                    .containsExactlyInAnyOrderElementsOf(expected.referralQueues());
            assertThat(messages).as(fixture).allSatisfy(m -> {
                assertThat(m.at("/region/code").asText()).isEqualTo(expected.region());
                assertThat(m.get("reference").asText()).isEqualTo(ANSWERS.get(fixture).get("reference").asText());
            });
        });
    }

    @Test
    void classifiesEachIntakeAndCoversEveryTargetGroup() {
        Set<TargetGroup> seen = EnumSet.noneOf(TargetGroup.class);
        EXPECTED.forEach((fixture, expected) -> {
            Map<String, AttributeValue> item = caseItem(ANSWERS.get(fixture).get("caseId").asText());
            List<String> groups = item.get("targetGroups").l().stream().map(AttributeValue::s).toList();
            assertThat(groups).as(fixture).containsExactlyInAnyOrderElementsOf(expected.groups());
            groups.forEach(group -> seen.add(TargetGroup.valueOf(group)));
        });
        assertThat(seen).containsExactlyInAnyOrder(TargetGroup.values());
    }

    @Test
    void marksEveryCaseRoutedAndConfirmedWithOneEmailToTheCitizen() {
        EXPECTED.keySet().forEach(fixture -> {
            JsonNode answer = ANSWERS.get(fixture);
            Map<String, AttributeValue> item = caseItem(answer.get("caseId").asText());
            assertThat(item.get("status").s()).as(fixture).isEqualTo("ROUTED");
            assertThat(item.get("confirmation").m().get("status").s()).as(fixture).isEqualTo("SENT");
            String email = intakeItem(answer.get("caseId").asText()).get("person").m().get("email").s();
            String reference = answer.get("reference").asText();
            assertThat(stack.mailbox().sentTo(email)).as(fixture)
                    .filteredOn(sent -> sent.subject().contains(reference)).hasSize(1);
        });
    }

    @Test
    void answersABadFormWithFieldErrorsAndStoresNothing() throws Exception {
        lambda.drain();
        int itemsBefore = itemCount();

        HttpResponse<String> response = post(Files.readString(
                ProjectFiles.root().resolve("events/invalid/many-field-errors.json")), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").size()).isGreaterThanOrEqualTo(10);
        lambda.drain();
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void answersARetriedSubmissionWithTheSameCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String event = fixture("newcomer-amsterdam");

        JsonNode first = JSON.readTree(post(event, key).body());
        HttpResponse<String> retry = post(event, key);

        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(retry.body()).get("caseId")).isEqualTo(first.get("caseId"));
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(ProjectFiles.root().resolve("events/intakes/" + name + ".json"));
    }

    /** Sends the fixture's request as a browser would: its path, body and language, with a fresh key. */
    private static HttpResponse<String> post(String apiEvent, String idempotencyKey) throws Exception {
        JsonNode event = JSON.readTree(apiEvent);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(lambda.httpApiUrl() + event.get("rawPath").asText()))
                .header("content-type", "application/json")
                .header("accept-language", event.at("/headers/accept-language").asText("nl"))
                .POST(HttpRequest.BodyPublishers.ofString(event.get("body").asText()));
        if (idempotencyKey != null) {
            request.header("idempotency-key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> queuesOfInterest() {
        Set<String> queues = new java.util.TreeSet<>();
        EXPECTED.values().forEach(expected -> {
            queues.add(expected.leadQueue());
            queues.addAll(expected.referralQueues());
        });
        queues.addAll(List.of("partner-am18-schuldhulp", "partner-am18-onderwijs", "partner-sbb", "desk-am18",
                "desk-am13", "desk-am27", "desk-am23", "desk-am26", "desk-am03"));
        return queues;
    }

    private static List<Message> takeAll(String queue) {
        String url = stack.sqs().getQueueUrl(r -> r.queueName("rmt-intake-" + queue + ".fifo")).queueUrl();
        List<Message> taken = new ArrayList<>();
        List<Message> batch;
        do {
            batch = stack.sqs().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
            for (Message message : batch) {
                stack.sqs().deleteMessage(r -> r.queueUrl(url).receiptHandle(message.receiptHandle()));
                taken.add(message);
            }
        } while (!batch.isEmpty());
        return taken;
    }

    private static Map<String, AttributeValue> caseItem(String caseId) {
        return item(caseId, "CASE");
    }

    /** The form as sent and the decision, apart from the case item, as the store reads them. */
    private static Map<String, AttributeValue> intakeItem(String caseId) {
        return IntakePacking.unpacked(item(caseId, "CASE#INTAKE"));
    }

    private static Map<String, AttributeValue> item(String caseId, String sk) {
        return stack.dynamoDb().getItem(r -> r.tableName(stack.resources().tableName("CasesTable"))
                .consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS(sk))))
                .item();
    }

    private static int itemCount() {
        return stack.dynamoDb().scan(r -> r.tableName(stack.resources().tableName("CasesTable"))
                .select(Select.COUNT)).count();
    }
}
