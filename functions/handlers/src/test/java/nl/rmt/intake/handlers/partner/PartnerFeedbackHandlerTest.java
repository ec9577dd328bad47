package nl.rmt.intake.handlers.partner;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.handlers.confirmation.ConfirmationHandler;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.PartnerCalls;
import nl.rmt.intake.testing.QueueEvents;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PartnerFeedbackHandlerTest {

    private static PartnerFeedbackHandler handler;
    private static OutboxDispatchHandler dispatcher;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("PartnerFeedbackFunction", PartnerFeedbackHandler::new);
        dispatcher = LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new);
    }

    @Test
    void theLeadAcceptsItsCaseAndItLeavesTheEscalationIndex() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");

        APIGatewayV2HTTPResponse response = report(caseId, "uwv", Map.of("type", "ACCEPTED"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).get("caseStatus").asText()).isEqualTo("ACCEPTED");
        Map<String, AttributeValue> item = LocalStack.caseItem(caseId);
        assertThat(item.get("status").s()).isEqualTo("ACCEPTED");
        assertThat(item).doesNotContainKeys("gsi2pk", "gsi2sk");
        assertThat(history(caseId)).last().satisfies(entry -> {
            assertThat(entry.get("actor").s()).isEqualTo("partner:uwv");
            assertThat(entry.get("to").s()).isEqualTo("ACCEPTED");
        });
    }

    @Test
    void anotherPartnerGets403AndChangesNothing() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        String versionBefore = LocalStack.caseItem(caseId).get("version").n();

        APIGatewayV2HTTPResponse response = report(caseId, "vakbonden", Map.of("type", "ACCEPTED"));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(LocalStack.caseItem(caseId).get("version").n()).isEqualTo(versionBefore);
        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
    }

    @Test
    void anUnknownCaseLooksTheSameAsAnotherPartnersCase() {
        APIGatewayV2HTTPResponse response = report("7d1f6a0e-0000-4000-8000-000000000000", "uwv",
                Map.of("type", "ACCEPTED"));

        assertThat(response.getStatusCode()).isEqualTo(403);
    }

    @Test
    void aCallerWithoutAPartnerRoleGets403() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");

        assertThat(handler.handleRequest(PartnerCalls.feedback(caseId, "rmt-intake-some-other-role",
                Map.of("type", "ACCEPTED")), null).getStatusCode()).isEqualTo(403);
        assertThat(handler.handleRequest(PartnerCalls.feedback(caseId, null,
                Map.of("type", "ACCEPTED")), null).getStatusCode()).isEqualTo(403);
    }

    @Test
    void aReportThatDoesNotFitTheCaseGets409WithTheAllowedMoves() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");

        APIGatewayV2HTTPResponse response = report(caseId, "uwv", Map.of("type", "CONTACTED"));

        assertThat(response.getStatusCode()).isEqualTo(409);
        JsonNode refusal = body(response);
        assertThat(refusal.get("from").asText()).isEqualTo("ROUTED");
        assertThat(refusal.get("allowed")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("ACCEPTED", "REJECTED", "ESCALATED", "WITHDRAWN");
        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
    }

    @Test
    void aClosedCaseTakesNoMoreReports() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        report(caseId, "uwv", Map.of("type", "ACCEPTED"));
        report(caseId, "uwv", Map.of("type", "CLOSED", "outcome", "WORK"));

        APIGatewayV2HTTPResponse response = report(caseId, "uwv", Map.of("type", "CONTACTED"));

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(body(response).get("allowed")).isEmpty();
        assertThat(LocalStack.caseItem(caseId).get("outcome").s()).isEqualTo("WORK");
    }

    @Test
    void aBodyThatIsNoFeedbackDocumentIs400() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        APIGatewayV2HTTPEvent event = PartnerCalls.feedbackFromPartner(caseId, "uwv", Map.of());
        event.setBody("null");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/code").asText()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void aRejectionIsRefusedWithoutAReason() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");

        APIGatewayV2HTTPResponse response = report(caseId, "uwv", Map.of("type", "REJECTED"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/field").asText()).isEqualTo("reason");
    }

    @Test
    void aRejectedLeadIsReplacedByTheNextPartnerByTheRulesWhoGetsTheCase() throws Exception {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");

        APIGatewayV2HTTPResponse response = report(caseId, "uwv",
                Map.of("type", "REJECTED", "reason", "Geen uitkering bij UWV."));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).get("leadPartnerId").asText()).isEqualTo("am18-gemeente");
        Map<String, AttributeValue> item = LocalStack.caseItem(caseId);
        assertThat(item.get("status").s()).isEqualTo("ROUTED");
        assertThat(item.get("round").n()).isEqualTo("2");
        assertThat(item.get("assignments").m().get("uwv").m().get("status").s()).isEqualTo("REJECTED");
        assertThat(history(caseId)).extracting(entry -> entry.get("to").s()).endsWith("REJECTED", "ROUTED");

        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        var messages = LocalStack.takeAllFor("partner-am18-gemeente", caseId);
        assertThat(messages).hasSize(1);
        JsonNode message = Json.MAPPER.readTree(messages.get(0).body());
        assertThat(message.get("role").asText()).isEqualTo("LEAD");
        assertThat(message.get("round").asInt()).isEqualTo(2);
        assertThat(message.get("messageId").asText()).isEqualTo(caseId + ":am18-gemeente:CASE_ASSIGNED:2");
    }

    @Test
    void whenEveryPartnerHandsTheCaseBackTheRegionalDeskLeads() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        report(caseId, "uwv", Map.of("type", "REJECTED", "reason", "Geen uitkering bij UWV."));

        APIGatewayV2HTTPResponse response = report(caseId, "am18-gemeente",
                Map.of("type", "REJECTED", "reason", "Woont niet in onze gemeente."));

        assertThat(body(response).get("leadPartnerId").asText()).isEqualTo("rmt-am18");
        assertThat(LocalStack.caseItem(caseId)).doesNotContainKeys("gsi2pk", "gsi2sk");
    }

    @Test
    void theDeskCannotHandACaseBack() {
        String caseId = Cases.routed("youth-employed-no-consent-groningen");

        APIGatewayV2HTTPResponse response = handler.handleRequest(PartnerCalls.feedback(caseId,
                System.getProperty("DESK_ROLE_PREFIX") + "am01",
                Map.of("type", "REJECTED", "reason", "Niet voor ons.")), null);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
    }

    @Test
    void theDeskReportsOnItsCasesWithItsDeskRole() {
        String caseId = Cases.routed("youth-employed-no-consent-groningen");

        APIGatewayV2HTTPResponse response = handler.handleRequest(PartnerCalls.feedback(caseId,
                System.getProperty("DESK_ROLE_PREFIX") + "am01", Map.of("type", "ACCEPTED")), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ACCEPTED");
    }

    @Test
    void aReferralPartnersReportMovesOnlyItsOwnPart() {
        String caseId = Cases.routed("at-risk-employee-drechtsteden");

        APIGatewayV2HTTPResponse response = report(caseId, "am23-schuldhulp", Map.of("type", "ACCEPTED"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).get("yourStatus").asText()).isEqualTo("ACCEPTED");
        Map<String, AttributeValue> item = LocalStack.caseItem(caseId);
        assertThat(item.get("status").s()).isEqualTo("ROUTED");
        assertThat(item.get("assignments").m().get("am23-schuldhulp").m().get("status").s()).isEqualTo("ACCEPTED");
    }

    @Test
    void theCitizenHearsWhoLeadsAfterARejection() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        String reference = LocalStack.caseItem(caseId).get("reference").s();
        report(caseId, "uwv", Map.of("type", "REJECTED", "reason", "Geen uitkering bij UWV."));

        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        LocalStack.asFunction("ConfirmationFunction", ConfirmationHandler::new).handleRequest(QueueEvents.of(LocalStack.takeAllFor("confirmation", caseId)), null);

        assertThat(LocalStack.stack().mailbox().sentTo("noor.jansen@example.org"))
                .filteredOn(email -> email.subject().contains(reference))
                .anySatisfy(email -> assertThat(email.text()).contains("Amsterdam").doesNotContain("Geen uitkering"));
    }

    @ParameterizedTest
    @Event(value = "events/partner/feedback-accepted.json", type = APIGatewayV2HTTPEvent.class)
    void theFixtureForACaseNotStoredHereIsRefused(APIGatewayV2HTTPEvent event) {
        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(403);
    }

    private static APIGatewayV2HTTPResponse report(String caseId, String partnerId, Map<String, String> body) {
        return handler.handleRequest(PartnerCalls.feedbackFromPartner(caseId, partnerId, body), null);
    }


    private static List<Map<String, AttributeValue>> history(String caseId) {
        return LocalStack.itemsOfCase(caseId).stream().filter(item -> item.get("sk").s().startsWith("HISTORY#"))
                .toList();
    }
}
