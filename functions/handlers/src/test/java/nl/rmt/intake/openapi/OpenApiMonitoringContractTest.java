package nl.rmt.intake.openapi;

import static nl.rmt.intake.openapi.ExchangeAssert.assertThatExchange;
import static nl.rmt.intake.testing.MonitoringCalls.counts;
import static nl.rmt.intake.testing.MonitoringCalls.deskRole;
import static nl.rmt.intake.testing.MonitoringCalls.monitoringRole;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.handlers.monitoring.MonitoringHandler;
import nl.rmt.intake.testing.DatedCases;
import nl.rmt.intake.testing.DatedReorganisations;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.MonitoringCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counts route, called with the requests in events/monitoring/, answers as api/openapi.yaml says. */
class OpenApiMonitoringContractTest {

    private static MonitoringHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("MonitoringFunction", MonitoringHandler::new);
    }

    @Test
    void theFixturesJsonRequestFollowsTheDocumentAndIsAnswered200AsDocumented() {
        APIGatewayV2HTTPEvent request = EventLoader.loadApiGatewayHttpEvent("events/monitoring/counts.json");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void theFixturesCsvRequestFollowsTheDocumentAndIsAnswered200AsDocumented() {
        APIGatewayV2HTTPEvent request = EventLoader.loadApiGatewayHttpEvent("events/monitoring/counts-csv.json");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(response.getHeaders().get("Content-Type")).startsWith("text/csv");
    }

    @Test
    void countsWithClosedReferredAndErasedCasesAreAnswered200AsDocumentedInBothFormats() {
        String closed = DatedCases.routedAt("at-risk-employee-drechtsteden", Instant.parse("2024-05-06T08:00:00Z"));
        DatedCases.closed(closed, Outcome.WORK);
        String erased = DatedCases.routedAt("zzp-noordoost-brabant", Instant.parse("2024-05-06T09:00:00Z"));
        DatedCases.erased(erased);
        DatedCases.submittedAt("youth-employed-no-consent-groningen", Instant.parse("2024-05-06T10:00:00Z"));
        Map<String, String> query = Map.of("from", "2024-05-06", "to", "2024-05-06", "region", "AM23,AM27,AM01");
        APIGatewayV2HTTPEvent json = counts(query, monitoringRole());
        APIGatewayV2HTTPEvent csv = MonitoringCalls.withAccept(counts(query, monitoringRole()), "text/csv");

        APIGatewayV2HTTPResponse jsonAnswer = handler.handleRequest(json, null);
        APIGatewayV2HTTPResponse csvAnswer = handler.handleRequest(csv, null);

        assertThatExchange(json, jsonAnswer).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThatExchange(csv, csvAnswer).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void countsWithAnOpenAndAClosedReorganisationAreAnswered200AsDocumentedInBothFormats() {
        Instant registered = Instant.parse("2024-10-07T08:00:00Z");
        JsonNode open = DatedReorganisations.registeredAt("AM23", "GM0505", "Drechtwerk Metaal BV", "C", 40, registered);
        JsonNode closed = DatedReorganisations.registeredAt("AM23", "GM0505", "Dordt Logistiek BV", "H", 25, registered);
        DatedCases.closed(DatedCases.routedThrough("at-risk-employee-drechtsteden", DatedReorganisations.code(open),
                Instant.parse("2024-10-08T08:00:00Z")), Outcome.WORK);
        DatedCases.submittedThrough("at-risk-employee-drechtsteden", DatedReorganisations.code(closed),
                Instant.parse("2024-10-08T09:00:00Z"));
        DatedReorganisations.closedAt("AM23", closed, Instant.parse("2024-10-08T10:00:00Z"));
        Map<String, String> query = Map.of("from", "2024-10-08", "to", "2024-10-08", "region", "AM23");
        APIGatewayV2HTTPEvent json = counts(query, monitoringRole());
        APIGatewayV2HTTPEvent csv = MonitoringCalls.withAccept(counts(query, deskRole("AM23")), "text/csv");

        APIGatewayV2HTTPResponse jsonAnswer = handler.handleRequest(json, null);
        APIGatewayV2HTTPResponse csvAnswer = handler.handleRequest(csv, null);

        assertThatExchange(json, jsonAnswer).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThatExchange(csv, csvAnswer).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(jsonAnswer.getBody()).contains("\"status\":\"CLOSED\"", "\"status\":\"OPEN\"");
    }

    @Test
    void aMissingPeriodIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = counts(Map.of("region", "AM18"), monitoringRole());

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aDateThatDoesNotExistIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = counts(Map.of("from", "2024-02-30", "to", "2024-03-31"), monitoringRole());

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void anUnknownFormatIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request =
                counts(Map.of("from", "2024-01-01", "to", "2024-01-31", "format", "xlsx"), monitoringRole());

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aPeriodTooLongOrBackwardsAndAnUnknownRegionAreAnswered400AsDocumented() {
        for (Map<String, String> query : List.of(
                Map.of("from", "2024-01-01", "to", "2025-01-31"),
                Map.of("from", "2024-01-31", "to", "2024-01-01"),
                Map.of("from", "2024-01-01", "to", "2024-01-31", "region", "AM04"))) {
            APIGatewayV2HTTPEvent request = counts(query, monitoringRole());

            APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

            assertThatExchange(request, response).hasStatus(400).requestFollowsTheDocument()
                    .answerFollowsTheDocument();
        }
    }

    @Test
    void anotherRegionsDeskAndAPartnerAreAnswered403AsDocumented() {
        APIGatewayV2HTTPEvent desk =
                counts(Map.of("from", "2024-01-01", "to", "2024-01-31", "region", "AM18"), deskRole("AM27"));
        APIGatewayV2HTTPEvent partner = counts(Map.of("from", "2024-01-01", "to", "2024-01-31"),
                ApiCalls.partnerRole("uwv"));

        APIGatewayV2HTTPResponse first = handler.handleRequest(desk, null);
        APIGatewayV2HTTPResponse second = handler.handleRequest(partner, null);

        assertThatExchange(desk, first).hasStatus(403).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThatExchange(partner, second).hasStatus(403).requestFollowsTheDocument().answerFollowsTheDocument();
    }
}
