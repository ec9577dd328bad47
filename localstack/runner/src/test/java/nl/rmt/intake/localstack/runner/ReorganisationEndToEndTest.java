package nl.rmt.intake.localstack.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * An employer's reorganisation on the embedded stack, over HTTP as the desk, the employee's browser and the employer
 * call it: register, look up the invitation, apply through it (routed by the reorganisation's rule), and the
 * employer's suppressed view; and every way an invitation is refused.
 */
class ReorganisationEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedStack stack;
    private static LocalLambda lambda;

    @BeforeAll
    static void start() {
        // The reorganisation routes are under test here; the proof of work of the public form has its own tests.
        stack = EmbeddedStack.builder().parameter("ProofOfWork", "Disabled").start();
        lambda = LocalLambda.start(stack, 0);
    }

    @AfterAll
    static void stop() {
        lambda.close();
        stack.close();
    }

    private static JsonNode registration(String region, String municipality) throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(JSON.readTree(Files.readString(ProjectFiles.root()
                .resolve("events/reorganisations/register.json"))).get("body").asText());
        body.put("siteMunicipality", municipality);
        URI uri = URI.create(lambda.httpApiUrl() + "/v1/regions/" + region + "/reorganisations");
        HttpResponse<String> response = HTTP.send(SignedRequests.signed("POST", uri, JSON.writeValueAsString(body),
                "rmt-intake-desk-" + region.toLowerCase(), "eu-west-1").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> deskPost(String region, String path) throws Exception {
        URI uri = URI.create(lambda.httpApiUrl() + "/v1/regions/" + region + path);
        return HTTP.send(SignedRequests.signed("POST", uri, null, "rmt-intake-desk-" + region.toLowerCase(),
                "eu-west-1").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lambda.httpApiUrl() + path)).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Drechtsteden at-risk employee's form, sent to the AM23 desk with the invitation code. */
    private static HttpResponse<String> applyWith(String code, boolean consentForUwv) throws Exception {
        JsonNode event = JSON.readTree(Files.readString(ProjectFiles.root()
                .resolve("events/intakes/at-risk-employee-drechtsteden.json")));
        ObjectNode form = (ObjectNode) JSON.readTree(event.get("body").asText());
        form.put("invitation", code);
        ((ObjectNode) form.at("/consent/partnerTypes")).put("UWV", consentForUwv);
        HttpRequest request = HttpRequest.newBuilder(URI.create(lambda.httpApiUrl() + event.get("rawPath").asText()))
                .header("content-type", "application/json")
                .header("idempotency-key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(form))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String invitationError(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(error -> {
            if (error.get("field").asText().equals("invitation")) {
                codes.add(error.get("code").asText());
            }
        });
        assertThat(codes).hasSize(1);
        return codes.get(0);
    }

    private static Map<String, AttributeValue> caseItem(String caseId) {
        return stack.dynamoDb().getItem(r -> r.tableName(stack.resources().tableName("CasesTable"))
                .consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE"))))
                .item();
    }

    private static List<JsonNode> messagesOn(String queue) throws Exception {
        String url = stack.sqs().getQueueUrl(r -> r.queueName("rmt-intake-" + queue + ".fifo")).queueUrl();
        List<JsonNode> bodies = new ArrayList<>();
        List<Message> batch;
        do {
            batch = stack.sqs().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
            for (Message message : batch) {
                stack.sqs().deleteMessage(r -> r.queueUrl(url).receiptHandle(message.receiptHandle()));
                bodies.add(JSON.readTree(message.body()));
            }
        } while (!batch.isEmpty());
        return bodies;
    }

    @Test
    void theLocalStackServesTheReorganisationRoutesFromTheTemplate() {
        assertThat(lambda.servesRoute("POST", "/v1/regions/{region}/reorganisations")).isTrue();
        assertThat(lambda.servesRoute("GET", "/v1/regions/{region}/reorganisations/{reorganisationId}")).isTrue();
        assertThat(lambda.servesRoute("GET", "/v1/invitations/{code}")).isTrue();
        assertThat(lambda.servesRoute("GET", "/v1/employer-views/{reorganisationId}")).isTrue();
    }

    @Test
    void anEmployeeAppliesThroughTheInvitationIsRoutedByTheReorganisationRuleAndTheEmployerSeesOnlySuppressedCounts()
            throws Exception {
        JsonNode registered = registration("AM23", "GM0505");
        String code = registered.at("/invitation/code").asText();
        String url = registered.at("/employerView/url").asText();
        String key = java.net.URLDecoder.decode(url.substring(url.indexOf("&key=") + 5),
                java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> invitation = get("/v1/invitations/" + code, Map.of());
        HttpResponse<String> applied = applyWith(code, true);
        lambda.drain();

        assertThat(JSON.readTree(invitation.body()).at("/reorganisation/employerName").asText())
                .isEqualTo("Drechtwerk Metaal BV");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(202);
        JsonNode answer = JSON.readTree(applied.body());
        assertThat(answer.at("/reorganisation/employerName").asText()).isEqualTo("Drechtwerk Metaal BV");
        assertThat(answer.at("/lead/partnerId").asText()).isEqualTo("uwv");
        JsonNode lead = messagesOn("partner-uwv").stream()
                .filter(m -> m.get("caseId").asText().equals(answer.get("caseId").asText())).findFirst().orElseThrow();
        assertThat(lead.at("/reorganisation/employerName").asText()).isEqualTo("Drechtwerk Metaal BV");
        assertThat(lead.at("/reorganisation/expectedNoticeDate").asText()).isEqualTo("2027-03-01");

        HttpResponse<String> view = get("/v1/employer-views/" + registered.get("reorganisationId").asText(),
                Map.of("x-employer-key", key));
        assertThat(view.statusCode()).isEqualTo(200);
        JsonNode counts = JSON.readTree(view.body()).get("counts");
        assertThat(counts.at("/invitedJobs/count").asInt()).isEqualTo(40);
        for (String cell : List.of("applications", "inCoaching", "movedToWork", "toTraining", "other")) {
            assertThat(counts.get(cell).has("count")).as(cell).isFalse();
        }
        assertThat(view.body()).doesNotContain("Mohamed", "El Amrani", "m.elamrani");
        HttpResponse<String> wrongKey = get("/v1/employer-views/" + registered.get("reorganisationId").asText(),
                Map.of("x-employer-key", key + "x"));
        assertThat(wrongKey.statusCode()).isEqualTo(404);
    }

    @Test
    void withoutConsentForTheReorganisationsLeadTheRegionsDeskLeads() throws Exception {
        String code = registration("AM23", "GM0505").at("/invitation/code").asText();

        HttpResponse<String> applied = applyWith(code, false);

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(202);
        String caseId = JSON.readTree(applied.body()).get("caseId").asText();
        assertThat(caseItem(caseId).get("leadPartnerId").s()).isEqualTo("rmt-am23");
        assertThat(caseItem(caseId).get("reorganisation").m().get("employerName").s())
                .isEqualTo("Drechtwerk Metaal BV");
    }

    @Test
    void anotherRegionsCodeIsUnknownOnThisRegionsForm() throws Exception {
        String amsterdam = registration("AM18", "GM0363").at("/invitation/code").asText();

        assertThat(invitationError(applyWith(amsterdam, true))).isEqualTo("INVITATION_UNKNOWN");
    }

    @Test
    void aCodePastItsLastDayIsRefusedAsExpired() throws Exception {
        JsonNode registered = registration("AM23", "GM0505");
        String code = registered.at("/invitation/code").asText();
        // A year on, as far as this invitation knows: its last day was yesterday.
        stack.dynamoDb().updateItem(r -> r.tableName(stack.resources().tableName("CasesTable"))
                .key(Map.of("pk", AttributeValue.fromS("REORGANISATION#" + registered.get("reorganisationId").asText()),
                        "sk", AttributeValue.fromS("REORGANISATION")))
                .updateExpression("SET invitationValidUntil = :yesterday")
                .expressionAttributeValues(Map.of(":yesterday",
                        AttributeValue.fromS(LocalDate.now().minusDays(2).toString()))));

        assertThat(invitationError(applyWith(code, true))).isEqualTo("INVITATION_EXPIRED");
        HttpResponse<String> lookUp = get("/v1/invitations/" + code, Map.of("accept-language", "en"));
        assertThat(lookUp.statusCode()).isEqualTo(410);
        assertThat(JSON.readTree(lookUp.body()).get("code").asText()).isEqualTo("INVITATION_EXPIRED");
    }

    @Test
    void aClosedReorganisationsCodeIsRefusedAndItsContactErased() throws Exception {
        JsonNode registered = registration("AM23", "GM0505");
        String id = registered.get("reorganisationId").asText();

        HttpResponse<String> closed = deskPost("AM23", "/reorganisations/" + id + "/close");

        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(closed.body()).get("contact").isNull()).isTrue();
        assertThat(invitationError(applyWith(registered.at("/invitation/code").asText(), true)))
                .isEqualTo("INVITATION_CLOSED");
        assertThat(get("/v1/invitations/" + registered.at("/invitation/code").asText(), Map.of()).statusCode())
                .isEqualTo(410);
    }
}
