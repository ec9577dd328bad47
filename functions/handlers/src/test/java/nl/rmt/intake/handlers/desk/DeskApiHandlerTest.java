package nl.rmt.intake.handlers.desk;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.Outbox;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeskApiHandlerTest {

    private static DeskApiHandler handler;
    private static OutboxDispatchHandler dispatcher;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("DeskApiFunction", DeskApiHandler::new);
        dispatcher = LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new);
    }

    @Test
    void listsTheRegionsCasesNewestFirstWithoutPersonalData() {
        String older = Cases.routed("newcomer-amsterdam");
        String newer = Cases.routed("jobbank-wajong-amsterdam");

        APIGatewayV2HTTPResponse response = handler.handleRequest(list("AM18", Map.of("limit", "200")), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode cases = body(response).get("cases");
        var ids = new java.util.ArrayList<String>();
        cases.forEach(c -> ids.add(c.get("caseId").asText()));
        assertThat(ids).contains(older, newer);
        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
        assertThat(response.getBody()).doesNotContain("noor.jansen@example.org", "Tesfay");
        cases.forEach(c -> assertThat(c.get("region").asText()).isEqualTo("AM18"));
    }

    @Test
    void filtersByStatusGroupAndLeadPartner() {
        String jobbank = Cases.routed("jobbank-wajong-amsterdam");

        JsonNode byGroup = body(handler.handleRequest(list("AM18", Map.of("group", "jobbank", "limit", "200")), null));
        JsonNode byPartner = body(handler.handleRequest(list("AM18", Map.of("partner", "uwv", "limit", "200")), null));

        assertThat(byGroup.get("cases")).allSatisfy(c ->
                assertThat(c.get("targetGroups").toString()).contains("JOBBANK"));
        assertThat(byGroup.get("cases")).anySatisfy(c -> assertThat(c.get("caseId").asText()).isEqualTo(jobbank));
        assertThat(byPartner.get("cases")).allSatisfy(c ->
                assertThat(c.get("leadPartnerId").asText()).isEqualTo("uwv"));
    }

    @Test
    void pagesThroughTheListWithTheNextToken() {
        Cases.routed("newcomer-amsterdam");
        Cases.routed("newcomer-amsterdam");
        Cases.routed("newcomer-amsterdam");

        JsonNode first = body(handler.handleRequest(list("AM18", Map.of("limit", "2")), null));
        JsonNode second = body(handler.handleRequest(
                list("AM18", Map.of("limit", "2", "next", first.get("next").asText())), null));

        assertThat(first.get("cases")).hasSize(2);
        Set<String> seen = new HashSet<>();
        first.get("cases").forEach(c -> seen.add(c.get("caseId").asText()));
        second.get("cases").forEach(c -> assertThat(seen.add(c.get("caseId").asText())).isTrue());
    }

    @Test
    void pagesThroughTheCasesNeedingAttentionWithTheNextToken() {
        for (int i = 0; i < 3; i++) {
            String caseId = Cases.submitted("newcomer-amsterdam");
            Outbox.poison(caseId, Outbox.waitingOf(caseId, "LEAD"));
            dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        }

        JsonNode first = body(handler.handleRequest(list("AM18", Map.of("attention", "true", "limit", "2")), null));
        APIGatewayV2HTTPResponse second = handler.handleRequest(
                list("AM18", Map.of("attention", "true", "limit", "2", "next", first.get("next").asText())), null);
        APIGatewayV2HTTPResponse mixedUp = handler.handleRequest(
                list("AM18", Map.of("limit", "2", "next", first.get("next").asText())), null);

        assertThat(second.getStatusCode()).isEqualTo(200);
        Set<String> seen = new HashSet<>();
        first.get("cases").forEach(c -> seen.add(c.get("caseId").asText()));
        assertThat(body(second).get("cases")).isNotEmpty().allSatisfy(c -> {
            assertThat(seen.add(c.get("caseId").asText())).isTrue();
            assertThat(c.has("attention")).isTrue();
        });
        assertThat(body(mixedUp).at("/errors/0/code").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void refusesANextTokenOfAnotherRegionOrThatIsNoToken() {
        Cases.routed("newcomer-amsterdam");
        Cases.routed("newcomer-amsterdam");
        String token = body(handler.handleRequest(list("AM18", Map.of("limit", "1")), null)).get("next").asText();

        APIGatewayV2HTTPResponse otherRegion = handler.handleRequest(list("AM13", Map.of("next", token)), null);
        APIGatewayV2HTTPResponse garbage = handler.handleRequest(list("AM18", Map.of("next", "%%not-base64")), null);
        APIGatewayV2HTTPResponse oversized = handler.handleRequest(
                list("AM18", Map.of("next", token + "A".repeat(600))), null);

        for (APIGatewayV2HTTPResponse refused : java.util.List.of(otherRegion, garbage, oversized)) {
            assertThat(refused.getStatusCode()).isEqualTo(400);
            assertThat(body(refused).at("/errors/0/field").asText()).isEqualTo("next");
            assertThat(body(refused).at("/errors/0/code").asText()).isEqualTo("INVALID_TOKEN");
        }
    }

    @Test
    void refusesANextTokenBeyondTheSubmittedBeforeBound() throws Exception {
        Cases.routed("newcomer-amsterdam");
        Thread.sleep(5);
        java.time.Instant cut = java.time.Instant.now();
        Thread.sleep(5);
        Cases.routed("newcomer-amsterdam");
        Cases.routed("newcomer-amsterdam");
        String newest = body(handler.handleRequest(list("AM18", Map.of("limit", "1")), null)).get("next").asText();

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                list("AM18", Map.of("submittedBefore", cut.toString(), "next", newest)), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/code").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void takesRepeatedFilterValuesAsAlternatives() {
        String accepted = Cases.routed("jobseeker-ww-midden-brabant");
        String routed = Cases.routed("jobseeker-ww-midden-brabant");
        new nl.rmt.intake.handlers.partner.PartnerFeedbackHandler().handleRequest(
                nl.rmt.intake.testing.PartnerCalls.feedbackFromPartner(accepted, "uwv", Map.of("type", "ACCEPTED")),
                null);

        JsonNode both = body(handler.handleRequest(list("AM26", Map.of("status", "ROUTED,ACCEPTED", "limit", "200")),
                null));

        Set<String> ids = new HashSet<>();
        both.get("cases").forEach(c -> ids.add(c.get("caseId").asText()));
        assertThat(ids).contains(accepted, routed);
    }

    @Test
    void listsOnlyCasesSubmittedBeforeTheGivenInstant() throws Exception {
        String earlier = Cases.routed("newcomer-amsterdam");
        Thread.sleep(5);
        java.time.Instant cut = java.time.Instant.now();
        Thread.sleep(5);
        String later = Cases.routed("jobbank-wajong-amsterdam");

        JsonNode page = body(handler.handleRequest(
                list("AM18", Map.of("submittedBefore", cut.toString(), "limit", "200")), null));

        var ids = new java.util.ArrayList<String>();
        page.get("cases").forEach(c -> ids.add(c.get("caseId").asText()));
        assertThat(ids).contains(earlier).doesNotContain(later);
        assertThat(page.get("cases")).allSatisfy(c ->
                assertThat(java.time.Instant.parse(c.get("submittedAt").asText())).isBefore(cut));
    }

    @Test
    void refusesASubmittedBeforeThatIsNoInstant() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(list("AM18", Map.of("submittedBefore", "last week")),
                null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/field").asText()).isEqualTo("submittedBefore");
    }

    @Test
    void refusesAnUnknownStatusFilter() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(list("AM18", Map.of("status", "LOST")), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/field").asText()).isEqualTo("status");
    }

    @Test
    void aDeskOpensOnlyItsOwnRegion() {
        APIGatewayV2HTTPEvent event = list("AM18", Map.of());
        event.setPathParameters(Map.of("region", "AM13"));

        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(403);
    }

    @Test
    void showsACaseWithItsExplainedDecisionHistoryAndMessages() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");

        APIGatewayV2HTTPResponse response = handler.handleRequest(read("AM18", caseId), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode view = body(response);
        assertThat(view.at("/decision/lead/rule/id").asText()).isNotBlank();
        assertThat(view.at("/decision/lead/explanation/en").asText()).startsWith("Lead: UWV (Employee Insurance Agency),"
                + " because you come under the Banenafspraak");
        assertThat(view.at("/decision/help/0/text/nl").asText())
                .isEqualTo("Voor werk: UWV neemt binnen 5 werkdagen contact met u op.");
        assertThat(view.get("history")).extracting(h -> h.get("to").asText()).containsExactly("SUBMITTED", "ROUTED");
        assertThat(view.get("messages")).anySatisfy(m -> assertThat(m.get("status").asText()).isEqualTo("SENT"));
        assertThat(view.get("messages").toString()).doesNotContain("\"body\"");
        assertThat(view.has("pk")).isFalse();
        assertThat(view.at("/person/email").asText()).isEqualTo("noor.jansen@example.org");
    }

    @Test
    void aCaseOfAnotherRegionIsNotFound() {
        String caseId = Cases.routed("zzp-noordoost-brabant");

        assertThat(handler.handleRequest(read("AM18", caseId), null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void reroutesByHandToAPartnerOfTheRegionAndTellsBothPartners() throws Exception {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                reroute("AM18", caseId, "am18-gemeente", "Gemeente heeft een passend traject."), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        var item = LocalStack.caseItem(caseId);
        assertThat(item.get("leadPartnerId").s()).isEqualTo("am18-gemeente");
        assertThat(item.get("status").s()).isEqualTo("ROUTED");
        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        assertThat(types(LocalStack.takeAllFor("partner-uwv", caseId))).contains("CASE_REASSIGNED");
        assertThat(types(LocalStack.takeAllFor("partner-am18-gemeente", caseId))).containsExactly("CASE_ASSIGNED");
        JsonNode view = body(handler.handleRequest(read("AM18", caseId), null));
        assertThat(view.get("history")).anySatisfy(h -> assertThat(h.get("actor").asText()).isEqualTo("desk:AM18"));
    }

    @Test
    void refusesAPartnerTheCitizenDidNotConsentTo() {
        String caseId = Cases.routed("newcomer-amsterdam");

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                reroute("AM18", caseId, "uwv", "UWV kan helpen."), null);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(LocalStack.caseItem(caseId).get("leadPartnerId").s()).isEqualTo("am18-gemeente");
    }

    @Test
    void refusesAPartnerOfAnotherRegion() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                reroute("AM18", caseId, "am23-gemeente", "Verhuist naar Dordrecht."), null);

        assertThat(response.getStatusCode()).isEqualTo(422);
    }

    @Test
    void aRerouteNeedsAReason() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");

        APIGatewayV2HTTPResponse response = handler.handleRequest(reroute("AM18", caseId, "am18-gemeente", " "), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
    }

    @Test
    void aRerouteReasonHoldingABsnIsRefusedAndChangesNothing() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                reroute("AM18", caseId, "am18-gemeente", "BSN van de klant is 111222333."), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/code").asText()).isEqualTo("BSN_NOT_ALLOWED");
        assertThat(response.getBody()).doesNotContain("111222333");
        assertThat(LocalStack.caseItem(caseId).get("leadPartnerId").s()).isEqualTo("uwv");
    }

    private static java.util.List<String> types(java.util.List<software.amazon.awssdk.services.sqs.model.Message> messages) {
        return messages.stream().map(m -> Json.read(m.body(), JsonNode.class).get("messageType").asText()).toList();
    }

    private static APIGatewayV2HTTPEvent list(String region, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/desk/list-cases.json");
        event.setPathParameters(Map.of("region", region));
        event.setQueryStringParameters(query);
        asDesk(event, region);
        return event;
    }

    private static APIGatewayV2HTTPEvent read(String region, String caseId) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/desk/read-case.json");
        event.setPathParameters(Map.of("region", region, "caseId", caseId));
        asDesk(event, region);
        return event;
    }

    private static APIGatewayV2HTTPEvent reroute(String region, String caseId, String partnerId, String reason) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/desk/reroute.json");
        event.setPathParameters(Map.of("region", region, "caseId", caseId));
        event.setBody(Json.write(Map.of("partnerId", partnerId, "reason", reason)));
        asDesk(event, region);
        return event;
    }

    private static void asDesk(APIGatewayV2HTTPEvent event, String region) {
        event.getRequestContext().getAuthorizer().getIam().setUserArn("arn:aws:sts::123456789012:assumed-role/"
                + System.getProperty("DESK_ROLE_PREFIX") + region.toLowerCase() + "/desk-session");
    }

}
