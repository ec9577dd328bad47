package nl.rmt.intake.handlers.monitoring;

import static nl.rmt.intake.testing.Events.body;
import static nl.rmt.intake.testing.MonitoringCalls.counts;
import static nl.rmt.intake.testing.MonitoringCalls.deskRole;
import static nl.rmt.intake.testing.MonitoringCalls.monitoringRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.testing.DatedCases;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.MonitoringCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** Every test counts days of its own in 2024, which no other test's cases fall in. */
class MonitoringHandlerTest {

    private static MonitoringHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("MonitoringFunction", MonitoringHandler::new);
    }

    @ParameterizedTest
    @Event(value = "events/monitoring/counts.json", type = APIGatewayV2HTTPEvent.class)
    void theFixtureOfTheMonitoringRoleGetsEveryRegionAndTheTotalAsJson(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Cache-Control", "no-store");
        JsonNode report = body(response);
        assertThat(report.get("from").asText()).isEqualTo("2026-01-01");
        assertThat(report.get("to").asText()).isEqualTo("2026-06-30");
        assertThat(report.get("timeZone").asText()).isEqualTo("Europe/Amsterdam");
        assertThat(report.get("generatedAt").asText()).endsWith("Z");
        assertThat(report.get("regions")).hasSize(35);
        assertThat(report.at("/regions/0/code").asText()).isEqualTo("AM01");
        assertThat(report.at("/regions/0/name").asText()).isEqualTo("Groningen");
        assertThat(report.at("/total/intakes").isIntegralNumber()).isTrue();
    }

    @ParameterizedTest
    @Event(value = "events/monitoring/counts-csv.json", type = APIGatewayV2HTTPEvent.class)
    void theCsvFixtureOfADeskGetsItsOwnRegionAsAnAttachment(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders())
                .containsEntry("Content-Type", "text/csv; charset=utf-8; header=present")
                .containsEntry("Content-Disposition", "attachment; filename=\"rmt-counts-2026-01-01-2026-06-30.csv\"")
                .containsEntry("Cache-Control", "no-store");
        List<String> rows = rows(response);
        assertThat(rows.get(0)).isEqualTo("from,to,region,region_name,measure,target_group,status,outcome,partner,cases,"
                + "reorganisation,employer,sector,sector_name,funnel");
        assertThat(rows.subList(1, rows.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row).startsWith("2026-01-01,2026-06-30,AM27,Noordoost-Brabant,"));
    }

    @Test
    void theMonitoringRoleGetsEveryRegionAndATotalThatAddsThemUpWithoutAnythingPersonal() {
        String amsterdam = DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2024-03-04T09:00:00Z"));
        DatedCases.submittedAt("zzp-noordoost-brabant", Instant.parse("2024-03-04T10:00:00Z"));
        DatedCases.submittedAt("zzp-noordoost-brabant", Instant.parse("2024-03-05T10:00:00Z"));

        APIGatewayV2HTTPResponse response =
                handler.handleRequest(counts(Map.of("from", "2024-03-04", "to", "2024-03-05"), monitoringRole()), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode report = body(response);
        assertThat(region(report, "AM18").at("/counts/intakes").asLong()).isEqualTo(1);
        assertThat(region(report, "AM27").at("/counts/intakes").asLong()).isEqualTo(2);
        assertThat(report.at("/total/intakes").asLong()).isEqualTo(3);
        assertThat(report.at("/total/byTargetGroup/ZZP").asLong()).isEqualTo(2);
        assertThat(report.at("/total/byStatus/SUBMITTED").asLong()).isEqualTo(3);
        String reference = LocalStack.caseItem(amsterdam).get("reference").s();
        assertThat(response.getBody()).doesNotContain(amsterdam, reference, "noor.jansen@example.org", "Jansen", "2024-03-04T09")
                .doesNotContain("caseId", "submittedAt");
    }

    @Test
    void answersHowManyZzpCasesInNoordoostBrabantEndedInWork() {
        String work = DatedCases.routedAt("zzp-noordoost-brabant", Instant.parse("2024-03-11T09:00:00Z"));
        String noShow = DatedCases.routedAt("zzp-noordoost-brabant", Instant.parse("2024-03-11T10:00:00Z"));
        DatedCases.closed(work, Outcome.WORK);
        DatedCases.closed(noShow, Outcome.NO_SHOW);
        Map<String, String> query = Map.of("from", "2024-03-11", "to", "2024-03-11", "region", "AM27");

        JsonNode report = body(handler.handleRequest(counts(query, monitoringRole()), null));
        List<String> csv = rows(handler.handleRequest(counts(with(query, "format", "csv"), monitoringRole()), null));

        assertThat(report.get("regions")).hasSize(1);
        assertThat(report.at("/regions/0/counts/byTargetGroupAndResult")).extracting(
                        cell -> cell.get("targetGroup").asText(), cell -> cell.get("status").asText(),
                        cell -> cell.path("outcome").asText(), cell -> cell.get("cases").asLong())
                .containsExactly(tuple("ZZP", "CLOSED", "WORK", 1L), tuple("ZZP", "CLOSED", "NO_SHOW", 1L));
        assertThat(report.at("/regions/0/counts/byPartner/0/partnerId").asText()).isEqualTo("am27-zzp-project");
        assertThat(report.at("/regions/0/counts/byPartner/0/leadOutcomes/WORK").asLong()).isEqualTo(1);
        assertThat(csv).contains(
                "2024-03-11,2024-03-11,AM27,Noordoost-Brabant,target_group_result,ZZP,CLOSED,WORK,,1,,,,,",
                "2024-03-11,2024-03-11,AM27,Noordoost-Brabant,partner_lead_outcome,,,WORK,am27-zzp-project,1,,,,,",
                "2024-03-11,2024-03-11,AM27,Noordoost-Brabant,outcome,,,NO_SHOW,,1,,,,,");
    }

    @Test
    void theCsvHasAHeaderAndForEveryRegionAnIntakesRowAndEveryGroupStatusAndOutcome() {
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2024-03-18T09:00:00Z"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                counts(Map.of("from", "2024-03-18", "to", "2024-03-18", "format", "csv"), monitoringRole()), null);

        assertThat(response.getBody()).endsWith("\r\n").doesNotContain("\n\n");
        assertThat(response.getBody().replace("\r\n", "")).doesNotContain("\n");
        List<String> rows = rows(response);
        assertThat(rows.stream().filter(row -> row.contains(",intakes,,,,,"))).hasSize(35)
                .contains("2024-03-18,2024-03-18,AM18,Groot Amsterdam,intakes,,,,,1,,,,,");
        assertThat(rows.stream().filter(row -> row.startsWith("2024-03-18,2024-03-18,AM01,Groningen,")))
                .hasSize(1 + 8 + 1 + 8 + 5 + 8);
        assertThat(rows).contains("2024-03-18,2024-03-18,AM18,Groot Amsterdam,target_group,JOBBANK,,,,1,,,,,",
                "2024-03-18,2024-03-18,AM18,Groot Amsterdam,status,,SUBMITTED,,,1,,,,,",
                "2024-03-18,2024-03-18,AM18,Groot Amsterdam,partner_lead,,,,uwv,1,,,,,");
    }

    @Test
    void acceptTextCsvAsksForCsvAndTheFormatParameterWinsOverIt() {
        Map<String, String> query = Map.of("from", "2024-03-19", "to", "2024-03-19", "region", "AM18");

        APIGatewayV2HTTPResponse accepted =
                handler.handleRequest(MonitoringCalls.withAccept(counts(query, monitoringRole()), "text/csv"), null);
        APIGatewayV2HTTPResponse overruled = handler.handleRequest(MonitoringCalls.withAccept(
                counts(with(query, "format", "json"), monitoringRole()), "text/csv"), null);

        assertThat(accepted.getHeaders().get("Content-Type")).startsWith("text/csv");
        assertThat(overruled.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void aDeskThatNamesNoRegionGetsItsOwn() {
        DatedCases.submittedAt("zzp-noordoost-brabant", Instant.parse("2024-03-25T09:00:00Z"));
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2024-03-25T09:00:00Z"));

        JsonNode report = body(handler.handleRequest(
                counts(Map.of("from", "2024-03-25", "to", "2024-03-25"), deskRole("AM27")), null));

        assertThat(report.get("regions")).extracting(region -> region.get("code").asText()).containsExactly("AM27");
        assertThat(report.at("/total/intakes").asLong()).isEqualTo(1);
    }

    @Test
    void aDeskMayNotReadAnotherRegionNotEvenAlongsideItsOwn() {
        Map<String, String> period = Map.of("from", "2024-03-25", "to", "2024-03-25");

        assertThat(handler.handleRequest(counts(with(period, "region", "AM18"), deskRole("AM27")), null)
                .getStatusCode()).isEqualTo(403);
        assertThat(handler.handleRequest(counts(with(period, "region", "AM27,AM18"), deskRole("AM27")), null)
                .getStatusCode()).isEqualTo(403);
        assertThat(handler.handleRequest(counts(with(period, "region", "am27"), deskRole("AM27")), null)
                .getStatusCode()).isEqualTo(200);
    }

    @Test
    void aPartnerAnUnknownRoleAndACallWithoutIamCallerAreRefused() {
        Map<String, String> period = Map.of("from", "2024-03-25", "to", "2024-03-25");

        for (String role : new String[] {System.getProperty("PARTNER_ROLE_PREFIX") + "uwv", "rmt-intake-reporting",
                monitoringRole() + "-copy", null}) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(counts(period, role), null);
            assertThat(response.getStatusCode()).as(String.valueOf(role)).isEqualTo(403);
            assertThat(body(response).get("message").asText()).isEqualTo("Forbidden");
        }
    }

    @Test
    void missingDatesAreFieldErrorsInTheProjectsErrorShape() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(counts(Map.of(), monitoringRole()), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(response).get("message").asText()).isEqualTo("The query has errors.");
        assertThat(body(response).get("errors")).extracting(error -> error.get("field").asText(),
                error -> error.get("code").asText()).containsExactly(tuple("from", "REQUIRED"), tuple("to", "REQUIRED"));
    }

    @Test
    void anInvalidDateAPeriodEndingBeforeItStartsAndAnUnknownFormatAreRefused() {
        assertThat(errors(Map.of("from", "2024-02-30", "to", "2024-03-01"))).containsExactly("from:INVALID_DATE");
        assertThat(errors(Map.of("from", "2024-03-02", "to", "2024-03-01"))).containsExactly("to:DATE_OUT_OF_RANGE");
        assertThat(errors(Map.of("from", "2024-03-01", "to", "2024-03-01", "format", "xlsx")))
                .containsExactly("format:UNKNOWN_VALUE");
    }

    @Test
    void aPeriodOfMoreThan366DaysIsRefusedSayingSo() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                counts(Map.of("from", "2024-01-01", "to", "2025-01-01"), monitoringRole()), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/code").asText()).isEqualTo("OUT_OF_RANGE");
        assertThat(body(response).at("/errors/0/message").asText()).contains("366 days");
    }

    @Test
    void anUnknownRegionIsRefusedAlsoForADesk() {
        assertThat(errors(Map.of("from", "2024-03-01", "to", "2024-03-01", "region", "AM99")))
                .containsExactly("region:UNKNOWN_REGION");
        assertThat(handler.handleRequest(counts(Map.of("from", "2024-03-01", "to", "2024-03-01", "region", "AM99"),
                deskRole("AM27")), null).getStatusCode()).isEqualTo(400);
    }

    private static List<String> errors(Map<String, String> query) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(counts(query, monitoringRole()), null);
        assertThat(response.getStatusCode()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        body(response).get("errors").forEach(error -> errors.add(error.get("field").asText() + ":"
                + error.get("code").asText()));
        return errors;
    }

    private static JsonNode region(JsonNode report, String code) {
        for (JsonNode region : report.get("regions")) {
            if (region.get("code").asText().equals(code)) {
                return region;
            }
        }
        throw new AssertionError("No region " + code + " in the report");
    }

    private static List<String> rows(APIGatewayV2HTTPResponse response) {
        return List.of(response.getBody().split("\r\n"));
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> extended = new java.util.LinkedHashMap<>(query);
        extended.put(name, value);
        return extended;
    }
}
