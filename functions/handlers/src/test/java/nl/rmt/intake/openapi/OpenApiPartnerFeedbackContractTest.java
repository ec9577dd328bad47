package nl.rmt.intake.openapi;

import static nl.rmt.intake.openapi.ExchangeAssert.assertThatExchange;
import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import nl.rmt.intake.handlers.partner.PartnerFeedbackHandler;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The partner feedback route, called with the reports in events/partner/, answers as api/openapi.yaml says. */
class OpenApiPartnerFeedbackContractTest {

    private static PartnerFeedbackHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("PartnerFeedbackFunction", PartnerFeedbackHandler::new);
    }

    @Test
    void theLeadsAcceptanceFollowsTheDocumentAndIsAnswered200AsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        APIGatewayV2HTTPEvent request = ApiCalls.feedback("feedback-accepted", caseId, ApiCalls.partnerRole("uwv"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aClosingReportWithItsOutcomeFollowsTheDocumentAndIsAnswered200AsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        handler.handleRequest(ApiCalls.feedback("feedback-accepted", caseId, ApiCalls.partnerRole("uwv")), null);
        APIGatewayV2HTTPEvent request = ApiCalls.feedback("feedback-closed", caseId, ApiCalls.partnerRole("uwv"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(response).get("caseStatus").asText()).isEqualTo("CLOSED");
    }

    @Test
    void aRejectionFollowsTheDocumentAndIsAnswered200WithTheNextLeadAsDocumented() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        APIGatewayV2HTTPEvent request = ApiCalls.feedback("feedback-rejected", caseId, ApiCalls.partnerRole("uwv"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(response).get("leadPartnerId").asText()).isNotEqualTo("uwv");
    }

    @Test
    void aReferralsReportIsAnswered200AsDocumented() {
        String caseId = Cases.routed("at-risk-employee-drechtsteden");
        APIGatewayV2HTTPEvent request = ApiCalls.feedback("feedback-accepted", caseId,
                ApiCalls.partnerRole("am23-schuldhulp"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        APIGatewayV2HTTPEvent request = ApiCalls.report(caseId, ApiCalls.partnerRole("uwv"),
                Map.of("type", "REJECTED"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void anOutcomeOnAnotherTypeAndAnUnknownTypeAreRefusedByTheDocumentAndAnswered400AsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        APIGatewayV2HTTPEvent outcomeNotAllowed = ApiCalls.report(caseId, ApiCalls.partnerRole("uwv"),
                Map.of("type", "ACCEPTED", "outcome", "WORK"));
        APIGatewayV2HTTPEvent unknownType = ApiCalls.report(caseId, ApiCalls.partnerRole("uwv"),
                Map.of("type", "FINISHED"));

        APIGatewayV2HTTPResponse first = handler.handleRequest(outcomeNotAllowed, null);
        APIGatewayV2HTTPResponse second = handler.handleRequest(unknownType, null);

        assertThatExchange(outcomeNotAllowed, first).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
        assertThatExchange(unknownType, second).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void anUnknownFieldIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        APIGatewayV2HTTPEvent request = ApiCalls.report(caseId, ApiCalls.partnerRole("uwv"),
                Map.of("type", "ACCEPTED", "note", "Gebeld op maandag."));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aPartnerTheCaseWasNotRoutedToIsAnswered403AsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        APIGatewayV2HTTPEvent request = ApiCalls.feedback("feedback-accepted", caseId,
                ApiCalls.partnerRole("vakbonden"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(403).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aCallerWithoutAPartnerOrDeskRoleIsAnswered403AsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        APIGatewayV2HTTPEvent otherRole = ApiCalls.feedback("feedback-accepted", caseId, "rmt-intake-some-other-role");
        APIGatewayV2HTTPEvent noRole = ApiCalls.feedback("feedback-accepted", caseId, null);

        APIGatewayV2HTTPResponse first = handler.handleRequest(otherRole, null);
        APIGatewayV2HTTPResponse second = handler.handleRequest(noRole, null);

        assertThatExchange(otherRole, first).hasStatus(403).answerFollowsTheDocument();
        assertThatExchange(noRole, second).hasStatus(403).answerFollowsTheDocument();
    }

    @Test
    void aMoveTheStateMachineRefusesIsAnswered409WithTheAllowedMovesAsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        APIGatewayV2HTTPEvent request = ApiCalls.report(caseId, ApiCalls.partnerRole("uwv"),
                Map.of("type", "CONTACTED"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(409).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(response).has("allowed")).isTrue();
    }

    @Test
    void aReportOnAClosedCaseIsAnswered409WithNoAllowedMovesAsDocumented() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        handler.handleRequest(ApiCalls.feedback("feedback-accepted", caseId, ApiCalls.partnerRole("uwv")), null);
        handler.handleRequest(ApiCalls.feedback("feedback-closed", caseId, ApiCalls.partnerRole("uwv")), null);
        APIGatewayV2HTTPEvent request = ApiCalls.report(caseId, ApiCalls.partnerRole("uwv"),
                Map.of("type", "CONTACTED"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(409).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(response).get("allowed")).isEmpty();
    }

    @Test
    void aDeskHandingACaseBackIsAnswered409AsDocumented() {
        String caseId = Cases.routed("youth-employed-no-consent-groningen");
        APIGatewayV2HTTPEvent request = ApiCalls.feedback("feedback-rejected", caseId, ApiCalls.deskRole("AM01"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(409).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(body(response).has("errors")).isTrue();
    }

}
