package nl.rmt.intake.handlers.http;

import static nl.rmt.intake.testing.Events.body;
import static nl.rmt.intake.testing.MonitoringCalls.counts;
import static nl.rmt.intake.testing.MonitoringCalls.monitoringRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.rmt.intake.handlers.desk.DeskApiHandler;
import nl.rmt.intake.handlers.monitoring.MonitoringHandler;
import nl.rmt.intake.handlers.partner.PartnerFeedbackHandler;
import nl.rmt.intake.handlers.withdrawal.WithdrawalHandler;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.PartnerCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed ids, tokens, dates, headers and bodies on the staff and withdrawal routes: a 4xx, never a 5xx. */
class StaffRouteInputTest {

    private static final String LONG_CASE_ID = "c".repeat(2100);

    private static PartnerFeedbackHandler feedback;
    private static DeskApiHandler desk;
    private static MonitoringHandler monitoring;
    private static WithdrawalHandler withdrawal;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        feedback = LocalStack.asFunction("PartnerFeedbackFunction", PartnerFeedbackHandler::new);
        desk = LocalStack.asFunction("DeskApiFunction", DeskApiHandler::new);
        monitoring = LocalStack.asFunction("MonitoringFunction", MonitoringHandler::new);
        withdrawal = LocalStack.asFunction("WithdrawalFunction", WithdrawalHandler::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-case", "3B8F2C1E-6A0D-4F7B-9C55-0E2D7A4B91F3", "3b8f2c1e-6a0d-4f7b-9c55-0e2d7a4b91f3x"})
    void feedbackOnAMalformedCaseIdIsAFieldError(String caseId) {
        assertCaseIdRefused(feedback.handleRequest(
                PartnerCalls.feedbackFromPartner(caseId, "uwv", Map.of("type", "ACCEPTED")), null));
    }

    @Test
    void feedbackOnACaseIdLongerThanAKeyMayBeIsAFieldError() {
        assertCaseIdRefused(feedback.handleRequest(
                PartnerCalls.feedbackFromPartner(LONG_CASE_ID, "uwv", Map.of("type", "ACCEPTED")), null));
    }

    @Test
    void aDeskReadingOrReroutingAMalformedCaseIdGetsAFieldError() {
        assertCaseIdRefused(desk.handleRequest(deskEvent("events/desk/read-case.json", LONG_CASE_ID, null), null));
        assertCaseIdRefused(desk.handleRequest(deskEvent("events/desk/reroute.json", LONG_CASE_ID,
                Json.write(Map.of("partnerId", "uwv", "reason", "Past beter"))), null));
    }

    @Test
    void feedbackReportsEveryBadFieldOfTheBodyAtOnce() {
        APIGatewayV2HTTPEvent event = PartnerCalls.feedbackFromPartner(UUID.randomUUID().toString(), "uwv", Map.of());
        event.setBody("{\"type\": 1, \"reason\": \"X\\udfffJansen\", \"outcome\": \"WORK\", \"extra\": true}");

        APIGatewayV2HTTPResponse response = feedback.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).get("errors")).extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
                .containsExactlyInAnyOrder(tuple("type", "INVALID_TYPE"), tuple("extra", "UNKNOWN_FIELD"),
                        tuple("reason", "INVALID_CHARACTERS"));
    }

    @Test
    void aRerouteReportsEveryBadFieldAtOnceWithoutReadingTheCase() {
        APIGatewayV2HTTPResponse response = desk.handleRequest(deskEvent("events/desk/reroute.json",
                UUID.randomUUID().toString(), "{\"partnerId\": [\"uwv\"], \"reason\": \"a\\u202eb\", \"bsn\": 1}"), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).get("errors")).extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
                .containsExactlyInAnyOrder(tuple("partnerId", "INVALID_TYPE"), tuple("reason", "INVALID_CHARACTERS"),
                        tuple("bsn", "BSN_NOT_ALLOWED"));
    }

    @Test
    void aWithdrawalReportsWrongTypesAndUnknownFieldsWithTheRest() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/withdrawal/withdraw.json");
        event.setBody("{\"reference\": 7, \"code\": \"??\", \"note\": \"x\"}");

        APIGatewayV2HTTPResponse response = withdrawal.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).get("errors")).extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
                .containsExactlyInAnyOrder(tuple("reference", "INVALID_TYPE"), tuple("note", "UNKNOWN_FIELD"),
                        tuple("code", "INVALID_WITHDRAWAL_CODE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "e30", "eyJwayI6MX0", "bnVsbA"})
    void aMalformedPageTokenIsRefused(String token) {
        assertTokenRefused(token);
    }

    @Test
    void aWellFormedTokenOfAnotherRegionOrWithAnotherKeyIsRefused() {
        String id = UUID.randomUUID().toString();
        Map<String, String> otherRegion = new LinkedHashMap<>(Map.of("pk", "CASE#" + id, "sk", "CASE",
                "gsi1pk", "REGION#AM27", "gsi1sk", "2026-03-02T09:15:00.481Z#" + id));
        assertTokenRefused(token(otherRegion));
        Map<String, String> extraKey = new LinkedHashMap<>(otherRegion);
        extraKey.put("gsi1pk", "REGION#AM18");
        extraKey.put("gsi2pk", "AWAITING_ACCEPTANCE");
        assertTokenRefused(token(extraKey));
        Map<String, String> longKey = new LinkedHashMap<>(otherRegion);
        longKey.put("gsi1pk", "REGION#AM18");
        longKey.put("pk", "CASE#" + "x".repeat(300));
        assertTokenRefused(token(longKey));
    }

    @Test
    void aTokenThisApiGaveOutStillReadsTheNextPage() {
        String id = UUID.randomUUID().toString();
        String ownRegion = token(new LinkedHashMap<>(Map.of("pk", "CASE#" + id, "sk", "CASE",
                "gsi1pk", "REGION#AM18", "gsi1sk", "2026-03-02T09:15:00.481Z#" + id)));

        assertThat(desk.handleRequest(list(Map.of("next", ownRegion)), null).getStatusCode()).isEqualTo(200);
    }

    @Test
    void tooManyOrMalformedPartnerFiltersAreRefused() {
        assertThat(desk.handleRequest(list(Map.of("partner", String.join(",",
                java.util.stream.IntStream.range(0, 300).mapToObj(i -> "partner-" + i).toList()))), null).getStatusCode())
                .isEqualTo(400);
        assertThat(desk.handleRequest(list(Map.of("partner", "UWV\u0000")), null).getStatusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1999-12-31", "2200-01-01", "9999-12-31"})
    void monitoringDatesOutsideTheServicesYearsAreRefused(String date) {
        APIGatewayV2HTTPResponse response = monitoring.handleRequest(
                counts(Map.of("from", date, "to", date), monitoringRole()), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).get("errors")).extracting(e -> e.get("code").asText())
                .contains("DATE_OUT_OF_RANGE");
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "-", ",;,", ";q=", "en;;;", "\u0000"})
    void oddAcceptHeadersAreNoServerError(String value) {
        APIGatewayV2HTTPEvent counts = counts(Map.of("from", "2024-01-01", "to", "2024-01-01"), monitoringRole());
        Map<String, String> headers = new HashMap<>(counts.getHeaders());
        headers.put("accept", value);
        headers.put("accept-language", value);
        counts.setHeaders(headers);
        APIGatewayV2HTTPEvent report = PartnerCalls.feedbackFromPartner("not-a-case", "uwv", Map.of());
        report.setHeaders(headers);

        assertThat(monitoring.handleRequest(counts, null).getStatusCode()).isLessThan(500);
        assertThat(feedback.handleRequest(report, null).getStatusCode()).isEqualTo(400);
    }

    private static void assertCaseIdRefused(APIGatewayV2HTTPResponse response) {
        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode error = body(response).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("caseId");
        assertThat(error.get("code").asText()).isEqualTo("INVALID_CASE_ID");
        assertThat(response.getBody()).doesNotContain("ccccc");
    }

    private static void assertTokenRefused(String token) {
        APIGatewayV2HTTPResponse response = desk.handleRequest(list(Map.of("next", token)), null);
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/field").asText()).isEqualTo("next");
    }

    private static String token(Map<String, String> key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(key).getBytes(StandardCharsets.UTF_8));
    }

    private static APIGatewayV2HTTPEvent list(Map<String, String> query) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/desk/list-cases.json");
        event.setPathParameters(Map.of("region", "AM18"));
        event.setQueryStringParameters(query);
        asDesk(event);
        return event;
    }

    private static APIGatewayV2HTTPEvent deskEvent(String fixture, String caseId, String body) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(fixture);
        event.setPathParameters(Map.of("region", "AM18", "caseId", caseId));
        if (body != null) {
            event.setBody(body);
        }
        asDesk(event);
        return event;
    }

    private static void asDesk(APIGatewayV2HTTPEvent event) {
        event.getRequestContext().getAuthorizer().getIam().setUserArn("arn:aws:sts::123456789012:assumed-role/"
                + System.getProperty("DESK_ROLE_PREFIX") + "am18/desk-session");
    }
}
