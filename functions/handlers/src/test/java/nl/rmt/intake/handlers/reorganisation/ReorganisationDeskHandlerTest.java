package nl.rmt.intake.handlers.reorganisation;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.observability.CapturedLogLines;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.ReorganisationCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ReorganisationDeskHandlerTest {

    private static ReorganisationDeskHandler desk;
    private static ReorganisationPublicHandler pub;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        desk = LocalStack.asFunction("ReorganisationDeskFunction", ReorganisationDeskHandler::new);
        pub = LocalStack.asFunction("ReorganisationPublicFunction", ReorganisationPublicHandler::new);
    }

    static JsonNode registered() {
        APIGatewayV2HTTPResponse response = desk.handleRequest(ReorganisationCalls.register("AM23", "AM23"), null);
        assertThat(response.getStatusCode()).isEqualTo(201);
        return body(response);
    }

    private static Map<String, AttributeValue> stored(String id) {
        return LocalStack.stack().dynamoDb().getItem(request -> request.tableName(LocalStack.table())
                .key(Map.of("pk", AttributeValue.fromS("REORGANISATION#" + id),
                        "sk", AttributeValue.fromS("REORGANISATION")))).item();
    }

    @Test
    void registersAnOpenReorganisationWithAnInvitationAndAnEmployerLinkWhoseKeyIsStoredOnlyAsItsHash() {
        JsonNode answer = registered();
        String id = answer.get("reorganisationId").asText();
        String code = answer.at("/invitation/code").asText();
        String key = ReorganisationCalls.keyOf(answer.at("/employerView/url").asText());

        assertThat(id).matches("reo-[0-9a-f-]{36}");
        assertThat(answer.get("status").asText()).isEqualTo("OPEN");
        assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}");
        assertThat(answer.at("/invitation/url").asText()).endsWith("/?region=AM23&uitnodiging=" + code);
        assertThat(answer.at("/invitation/validUntil").asText()).isEqualTo("2027-06-30");
        assertThat(answer.at("/employerView/url").asText()).contains("/werkgever#reorganisation=" + id + "&key=");
        Map<String, AttributeValue> item = stored(id);
        assertThat(item.toString()).doesNotContain(key);
        assertThat(item.get("employerKeyHash").s()).hasSize(64);
        assertThat(item.get("contact").m().get("email").s()).isEqualTo("p.devries@drechtwerk.example");
    }

    @Test
    void refusesEveryBadFieldAtOnceInTheDesksLanguageAndStoresNothing() {
        int before = LocalStack.itemCount();
        APIGatewayV2HTTPResponse response = desk.handleRequest(ReorganisationCalls.registerBody("AM23", Map.of(
                "employer", Map.of("name", "Drechtwerk", "kvkNumber", "1234567"),
                "siteMunicipality", "GM0363", "sector", "Z", "jobsAffected", 0, "expectedNoticeDate", "2027-02-30",
                "socialPlan", "ja", "contact", Map.of("name", "Petra", "email", "petra@"), "bsn", "1")), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        body(response).get("errors").forEach(e -> fields.add(e.get("field").asText() + " " + e.get("code").asText()));
        assertThat(fields).containsExactlyInAnyOrder("bsn BSN_NOT_ALLOWED", "socialPlan INVALID_TYPE",
                "employer.kvkNumber INVALID_KVK_NUMBER", "siteMunicipality MUNICIPALITY_OUTSIDE_REGION",
                "sector UNKNOWN_VALUE", "jobsAffected OUT_OF_RANGE", "expectedNoticeDate INVALID_DATE",
                "contact.email INVALID_EMAIL");
        assertThat(body(response).get("message").asText()).contains("niets opgeslagen");
        assertThat(LocalStack.itemCount()).isEqualTo(before);
    }

    @Test
    void answersAnUnreadableBodyAndAFractionOfJobsWithFieldErrors() {
        APIGatewayV2HTTPResponse malformed = desk.handleRequest(ReorganisationCalls.registerBody("AM23", "[1,2"), null);
        APIGatewayV2HTTPResponse fraction = desk.handleRequest(
                ReorganisationCalls.registerWith("AM23", "jobsAffected", 40.5), null);
        APIGatewayV2HTTPResponse huge = desk.handleRequest(
                ReorganisationCalls.registerWith("AM23", "jobsAffected", new java.math.BigInteger("1" + "0".repeat(30))),
                null);

        assertThat(malformed.getStatusCode()).isEqualTo(400);
        assertThat(body(malformed).at("/errors/0/field").asText()).isEqualTo("body");
        assertThat(body(fraction).at("/errors/0/code").asText()).isEqualTo("INVALID_TYPE");
        assertThat(body(huge).at("/errors/0/code").asText()).isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void servesOnlyTheCallersOwnRegion() {
        String id = registered().get("reorganisationId").asText();

        assertThat(desk.handleRequest(ReorganisationCalls.register("AM23", "AM18"), null).getStatusCode())
                .isEqualTo(403);
        assertThat(desk.handleRequest(ReorganisationCalls.read("AM18", id, "AM18"), null).getStatusCode())
                .isEqualTo(404);
        assertThat(desk.handleRequest(ReorganisationCalls.read("AM23", id, "AM18"), null).getStatusCode())
                .isEqualTo(403);
    }

    @Test
    void readsOneWithItsContactInvitationAndAnAllSuppressedFunnel() {
        String id = registered().get("reorganisationId").asText();

        JsonNode view = body(desk.handleRequest(ReorganisationCalls.read("AM23", id, "AM23"), null));

        assertThat(view.at("/contact/name").asText()).isEqualTo("Petra de Vries");
        assertThat(view.get("closedAt").isNull()).isTrue();
        assertThat(view.at("/funnel/invitedJobs/count").asInt()).isEqualTo(40);
        assertThat(view.at("/funnel/applications/fewerThan").asInt()).isEqualTo(5);
        assertThat(view.at("/funnel/other/fewerThan").asInt()).isEqualTo(5);
    }

    @Test
    void answers404ForAnIdThatCannotBeOneOrIsUnknown() {
        assertThat(desk.handleRequest(ReorganisationCalls.read("AM23", "reo-" + "x".repeat(3000), "AM23"), null)
                .getStatusCode()).isEqualTo(404);
        assertThat(desk.handleRequest(ReorganisationCalls.close("AM23",
                "reo-00000000-0000-4000-8000-000000000000"), null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void closingAnUnknownReorganisationIsNotLoggedAsClosed() {
        try (CapturedLogLines captured = CapturedLogLines.capture()) {
            assertThat(desk.handleRequest(ReorganisationCalls.close("AM23",
                    "reo-00000000-0000-4000-8000-000000000000"), null).getStatusCode()).isEqualTo(404);

            assertThat(captured.json()).noneSatisfy(line ->
                    assertThat(line.get("message").asText()).startsWith("reorganisation closed"));
        }
    }

    @Test
    void listsTheRegionsReorganisationsNewestFirstWithoutContactCodeOrKey() {
        String older = registered().get("reorganisationId").asText();
        String newer = registered().get("reorganisationId").asText();

        JsonNode page = body(desk.handleRequest(ReorganisationCalls.list("AM23", Map.of("status", "OPEN")), null));

        List<String> ids = new ArrayList<>();
        page.get("reorganisations").forEach(r -> ids.add(r.get("reorganisationId").asText()));
        assertThat(ids).contains(older, newer);
        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
        assertThat(page.toString()).doesNotContain("Petra", "p.devries", "invitationCode", "employerKeyHash");
    }

    @Test
    void pagesWithTheTokenItGaveAndRefusesAForgedOne() {
        for (int i = 0; i < 52; i++) {
            registered();
        }
        JsonNode first = body(desk.handleRequest(ReorganisationCalls.list("AM23", Map.of()), null));
        String token = first.get("nextPageToken").asText();
        JsonNode second = body(desk.handleRequest(ReorganisationCalls.list("AM23", Map.of("pageToken", token)), null));
        APIGatewayV2HTTPResponse otherRegion = desk.handleRequest(
                ReorganisationCalls.list("AM18", Map.of("pageToken", token)), null);
        APIGatewayV2HTTPResponse forged = desk.handleRequest(
                ReorganisationCalls.list("AM23", Map.of("pageToken", "eyJwayI6IngifQ")), null);
        APIGatewayV2HTTPResponse badStatus = desk.handleRequest(
                ReorganisationCalls.list("AM23", Map.of("status", "open")), null);

        assertThat(first.get("reorganisations")).hasSize(50);
        assertThat(second.get("reorganisations")).isNotEmpty();
        assertThat(second.get("reorganisations").get(0).get("reorganisationId"))
                .isNotEqualTo(first.get("reorganisations").get(49).get("reorganisationId"));
        assertThat(otherRegion.getStatusCode()).isEqualTo(400);
        assertThat(body(forged).at("/errors/0/code").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(badStatus.getStatusCode()).isEqualTo(400);
    }

    @Test
    void closingErasesTheContactRefusesTheInvitationAndAnswersTheSameWhenRepeated() {
        JsonNode answer = registered();
        String id = answer.get("reorganisationId").asText();
        String code = answer.at("/invitation/code").asText();

        JsonNode closed = body(desk.handleRequest(ReorganisationCalls.close("AM23", id), null));
        JsonNode again = body(desk.handleRequest(ReorganisationCalls.close("AM23", id), null));

        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("contact").isNull()).isTrue();
        assertThat(again).isEqualTo(closed);
        assertThat(stored(id)).doesNotContainKey("contact");
        APIGatewayV2HTTPResponse invitation = pub.handleRequest(ReorganisationCalls.invitation(code), null);
        assertThat(invitation.getStatusCode()).isEqualTo(410);
        assertThat(body(invitation).get("code").asText()).isEqualTo("INVITATION_CLOSED");
    }

    @Test
    void aNewEmployerKeyOpensTheViewAndTheOldOneNoLonger() {
        JsonNode answer = registered();
        String id = answer.get("reorganisationId").asText();
        String oldKey = ReorganisationCalls.keyOf(answer.at("/employerView/url").asText());

        JsonNode renewed = body(desk.handleRequest(ReorganisationCalls.employerKey("AM23", id), null));
        String newKey = ReorganisationCalls.keyOf(renewed.at("/employerView/url").asText());

        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(pub.handleRequest(ReorganisationCalls.employerView(id, oldKey), null).getStatusCode())
                .isEqualTo(404);
        assertThat(pub.handleRequest(ReorganisationCalls.employerView(id, newKey), null).getStatusCode())
                .isEqualTo(200);
    }

    @Test
    void logsNeitherTheContactNorTheCodeNorTheKey() {
        try (CapturedLogLines lines = CapturedLogLines.capture()) {
            JsonNode answer = registered();
            String id = answer.get("reorganisationId").asText();
            String key = ReorganisationCalls.keyOf(answer.at("/employerView/url").asText());
            pub.handleRequest(ReorganisationCalls.invitation(answer.at("/invitation/code").asText()), null);
            pub.handleRequest(ReorganisationCalls.employerView(id, key), null);
            desk.handleRequest(ReorganisationCalls.close("AM23", id), null);

            assertThat(lines.json().toString()).doesNotContain("Petra", "p.devries", key,
                    answer.at("/invitation/code").asText());
        }
    }
}
