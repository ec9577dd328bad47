package nl.rmt.intake.openapi;

import static nl.rmt.intake.openapi.ExchangeAssert.assertThatExchange;
import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.UUID;
import nl.rmt.intake.handlers.desk.DeskApiHandler;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.handlers.partner.PartnerFeedbackHandler;
import nl.rmt.intake.handlers.withdrawal.WithdrawalHandler;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.Confirmed;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.Outbox;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The desk routes, called with the requests in events/desk/, answer as api/openapi.yaml says. */
class OpenApiDeskContractTest {

    private static DeskApiHandler handler;
    private static OutboxDispatchHandler dispatcher;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("DeskApiFunction", DeskApiHandler::new);
        dispatcher = LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new);
    }

    @Test
    void aMalformedCaseIdIsAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent read = ApiCalls.readCase("AM18", "not-a-case-" + "x".repeat(2000), "AM18");
        APIGatewayV2HTTPEvent reroute = ApiCalls.reroute("AM18", "NOT-A-CASE", "uwv", "Past beter");

        assertThatExchange(read, handler.handleRequest(read, null)).hasStatus(400).answerFollowsTheDocument();
        assertThatExchange(reroute, handler.handleRequest(reroute, null)).hasStatus(400).answerFollowsTheDocument();
    }

    @Test
    void theFixturesListFollowsTheDocumentAndIsAnswered200AsDocumented() {
        Cases.routed("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.listCases("AM18", Map.of("status", "ROUTED", "limit", "20"), "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(response).get("cases")).isNotEmpty();
    }

    @Test
    void everyFilterWithAlternativesFollowsTheDocumentAndIsAnswered200AsDocumented() {
        Cases.routed("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.listCases("AM18", Map.of("status", "ROUTED,ACCEPTED",
                "group", "JOBBANK,NEWCOMER", "partner", "uwv,am18-gemeente", "limit", "200"), "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aPageWithANextTokenAndTheFollowingPageAreAnswered200AsDocumented() {
        Cases.routed("newcomer-amsterdam");
        Cases.routed("newcomer-amsterdam");
        Cases.routed("newcomer-amsterdam");
        APIGatewayV2HTTPEvent first = ApiCalls.listCases("AM18", Map.of("limit", "2"), "AM18");
        APIGatewayV2HTTPResponse firstPage = handler.handleRequest(first, null);
        APIGatewayV2HTTPEvent second = ApiCalls.listCases("AM18",
                Map.of("limit", "2", "next", body(firstPage).get("next").asText()), "AM18");

        APIGatewayV2HTTPResponse secondPage = handler.handleRequest(second, null);

        assertThatExchange(first, firstPage).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThatExchange(second, secondPage).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void anUnknownStatusIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.listCases("AM18", Map.of("status", "LOST"), "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aLimitOutOfRangeIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent tooMany = ApiCalls.listCases("AM18", Map.of("limit", "201"), "AM18");
        APIGatewayV2HTTPEvent notANumber = ApiCalls.listCases("AM18", Map.of("limit", "all"), "AM18");

        APIGatewayV2HTTPResponse first = handler.handleRequest(tooMany, null);
        APIGatewayV2HTTPResponse second = handler.handleRequest(notANumber, null);

        assertThatExchange(tooMany, first).hasStatus(400).requestIsRefusedByTheDocument().answerFollowsTheDocument();
        assertThatExchange(notANumber, second).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aPageTokenThisApiDidNotGiveOutIsAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.listCases("AM18", Map.of("next", "not-a-token"), "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void anotherRegionsDeskIsAnswered403AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.listCases("AM18", Map.of(), "AM13");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(403).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aRoutedCaseIsShown200AsDocumented() {
        String caseId = Cases.routed("at-risk-employee-drechtsteden");
        APIGatewayV2HTTPEvent request = ApiCalls.readCase("AM23", caseId, "AM23");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aCaseThatWasAcceptedAndClosedIsShown200AsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        PartnerFeedbackHandler feedback = LocalStack.asFunction("PartnerFeedbackFunction", PartnerFeedbackHandler::new);
        feedback.handleRequest(ApiCalls.feedback("feedback-accepted", caseId, ApiCalls.partnerRole("uwv")), null);
        feedback.handleRequest(ApiCalls.feedback("feedback-closed", caseId, ApiCalls.partnerRole("uwv")), null);
        APIGatewayV2HTTPEvent request = ApiCalls.readCase("AM26", caseId, "AM26");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(response).get("outcome").asText()).isEqualTo("WORK");
    }

    @Test
    void aWithdrawnCaseWithoutItsPersonalDataIsShown200AsDocumented() {
        Confirmed.Case confirmed = Confirmed.submitted("newcomer-amsterdam");
        LocalStack.asFunction("WithdrawalFunction", WithdrawalHandler::new).handleRequest(ApiCalls.withdrawal(confirmed.reference(), confirmed.code()), null);
        APIGatewayV2HTTPEvent request = ApiCalls.readCase("AM18", confirmed.caseId(), "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(response).has("person")).isFalse();
    }

    @Test
    void anUnknownCaseAndACaseOfAnotherRegionAreAnswered404AsDocumented() {
        String elsewhere = Cases.routed("zzp-noordoost-brabant");
        APIGatewayV2HTTPEvent unknown = ApiCalls.readCase("AM18", UUID.randomUUID().toString(), "AM18");
        APIGatewayV2HTTPEvent otherRegion = ApiCalls.readCase("AM18", elsewhere, "AM18");

        APIGatewayV2HTTPResponse first = handler.handleRequest(unknown, null);
        APIGatewayV2HTTPResponse second = handler.handleRequest(otherRegion, null);

        assertThatExchange(unknown, first).hasStatus(404).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThatExchange(otherRegion, second).hasStatus(404).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void readingAnotherRegionsCaseIsAnswered403AsDocumented() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.readCase("AM18", caseId, "AM27");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(403).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void theFixturesRerouteFollowsTheDocumentAndIsAnswered200AsDocumented() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.reroute("AM18", caseId, "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(response).get("leadPartnerId").asText()).isEqualTo("am18-gemeente");
    }

    @Test
    void aReroutedCaseIsShown200AsDocumented() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        handler.handleRequest(ApiCalls.reroute("AM18", caseId, "AM18"), null);
        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        APIGatewayV2HTTPEvent request = ApiCalls.readCase("AM18", caseId, "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aPartnerTheCitizenDidNotConsentToIsAnswered422AsDocumented() {
        String caseId = Cases.routed("newcomer-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.reroute("AM18", caseId, "uwv", "UWV kan helpen.");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(422).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aPartnerOfAnotherRegionIsAnswered422AsDocumented() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.reroute("AM18", caseId, "am23-gemeente", "Verhuist naar Dordrecht.");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(422).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aBlankReasonIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.reroute("AM18", caseId, "am18-gemeente", " ");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aRerouteWithoutABodyIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.withBody(ApiCalls.reroute("AM18", caseId, "AM18"), "{}");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aCaseNotRoutedYetIsAnswered409AsDocumented() {
        String caseId = Cases.submitted("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.reroute("AM18", caseId, "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(409).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void reroutingAnUnknownCaseIsAnswered404AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.reroute("AM18", UUID.randomUUID().toString(), "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(404).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void reroutingInAnotherRegionIsAnswered403AsDocumented() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.reroute("AM18", caseId, "AM13");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(403).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void theCasesNeedingAttentionAreListedAndShown200AsDocumented() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        String region = LocalStack.caseItem(caseId).get("region").s();
        String lead = Outbox.waitingOf(caseId, "LEAD");
        Outbox.poison(caseId, lead);
        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        APIGatewayV2HTTPEvent list = ApiCalls.listCases(region, Map.of("attention", "true"), region);
        APIGatewayV2HTTPEvent view = ApiCalls.readCase(region, caseId, region);

        APIGatewayV2HTTPResponse listed = handler.handleRequest(list, null);
        APIGatewayV2HTTPResponse shown = handler.handleRequest(view, null);

        assertThatExchange(list, listed).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThatExchange(view, shown).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(listed).get("cases")).anySatisfy(summary -> {
            assertThat(summary.get("caseId").asText()).isEqualTo(caseId);
            assertThat(summary.get("attention").get("subject").asText()).isEqualTo(lead);
        });
        assertThat(body(shown).get("attention").get("reason").asText()).isEqualTo("SQS:InvalidAttributeValue");
        assertThat(body(shown).get("messages")).anySatisfy(
                message -> assertThat(message.get("status").asText()).isEqualTo("FAILED"));
        assertThat(body(shown).has("gsi4pk")).isFalse();
    }

    @Test
    void theCasesNeedingAttentionLeaveOutEveryOtherCase() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        String region = LocalStack.caseItem(caseId).get("region").s();
        APIGatewayV2HTTPEvent list = ApiCalls.listCases(region, Map.of("attention", "true", "limit", "200"), region);

        APIGatewayV2HTTPResponse listed = handler.handleRequest(list, null);

        assertThat(body(listed).get("cases")).allSatisfy(summary -> {
            assertThat(summary.get("caseId").asText()).isNotEqualTo(caseId);
            assertThat(summary.has("attention")).isTrue();
        });
    }

    @Test
    void anAttentionFilterThatIsNotABooleanIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.listCases("AM18", Map.of("attention", "yes"), "AM18");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }
}
