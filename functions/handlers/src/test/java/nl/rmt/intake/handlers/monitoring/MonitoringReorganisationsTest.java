package nl.rmt.intake.handlers.monitoring;

import static nl.rmt.intake.testing.Events.body;
import static nl.rmt.intake.testing.MonitoringCalls.counts;
import static nl.rmt.intake.testing.MonitoringCalls.deskRole;
import static nl.rmt.intake.testing.MonitoringCalls.monitoringRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.testing.DatedCases;
import nl.rmt.intake.testing.DatedReorganisations;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The preventive route in the counts: per reorganisation, per sector and per region. Every test registers its
 * reorganisations and counts days of its own in September 2024, which no other test's cases or invitations fall in.
 */
class MonitoringReorganisationsTest {

    private static final String EMPLOYEE = "at-risk-employee-drechtsteden";

    private static MonitoringHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("MonitoringFunction", MonitoringHandler::new);
    }

    @Test
    void twoReorganisationsInOneRegionAreCountedEachPerSectorAndTogetherBesideTheCasesWithoutOne() {
        JsonNode metaal = DatedReorganisations.registeredAt("AM23", "GM0505", "Drechtwerk Metaal BV", "C", 40,
                Instant.parse("2024-09-02T08:00:00Z"));
        JsonNode logistiek = DatedReorganisations.registeredAt("AM23", "GM0505", "Dordt Logistiek BV", "H", 25,
                Instant.parse("2024-09-02T08:05:00Z"));
        String code = DatedReorganisations.code(metaal);
        DatedCases.closed(DatedCases.routedThrough(EMPLOYEE, code, Instant.parse("2024-09-03T08:00:00Z")), Outcome.WORK);
        DatedCases.accepted(DatedCases.routedThrough(EMPLOYEE, code, Instant.parse("2024-09-03T09:00:00Z")));
        DatedCases.submittedThrough(EMPLOYEE, code, Instant.parse("2024-09-03T10:00:00Z"));
        String erased = DatedCases.submittedThrough(EMPLOYEE, DatedReorganisations.code(logistiek),
                Instant.parse("2024-09-03T11:00:00Z"));
        DatedCases.erased(erased);
        DatedCases.submittedAt(EMPLOYEE, Instant.parse("2024-09-03T12:00:00Z"));

        var response = handler.handleRequest(
                counts(Map.of("from", "2024-09-03", "to", "2024-09-03", "region", "AM23"), monitoringRole()), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode region = body(response).at("/regions/0");
        assertThat(region.at("/counts/intakes").asLong()).isEqualTo(5);
        JsonNode preventive = region.get("reorganisations");
        assertThat(preventive.get("reorganisations").asLong()).isEqualTo(2);
        assertThat(funnel(preventive.get("funnel"))).containsExactly(65L, 4L, 4L, 1L, 1L, 0L, 2L);
        assertThat(preventive.get("byReorganisation")).extracting(r -> r.get("reorganisationId").asText(),
                        r -> r.get("employerName").asText(), r -> r.get("sector").asText(), r -> r.get("status").asText())
                .containsExactly(
                        tuple(logistiek.get("reorganisationId").asText(), "Dordt Logistiek BV", "H", "OPEN"),
                        tuple(metaal.get("reorganisationId").asText(), "Drechtwerk Metaal BV", "C", "OPEN"));
        assertThat(funnel(preventive.at("/byReorganisation/0/funnel"))).containsExactly(25L, 1L, 1L, 0L, 0L, 0L, 1L);
        assertThat(funnel(preventive.at("/byReorganisation/1/funnel"))).containsExactly(40L, 3L, 3L, 1L, 1L, 0L, 1L);
        assertThat(preventive.get("bySector")).extracting(s -> s.get("sector").asText(),
                        s -> s.get("sectorName").asText(), s -> s.get("reorganisations").asLong())
                .containsExactly(tuple("C", "Industrie", 1L), tuple("H", "Vervoer en opslag", 1L));
        assertThat(body(response).at("/reorganisations/reorganisations").asLong()).isEqualTo(2);
        assertThat(body(response).at("/reorganisations/byReorganisation").isMissingNode()).isTrue();
        assertThat(response.getBody()).doesNotContain("Petra de Vries", "drechtwerk.example", code, "kvkNumber",
                "12345678", "employerKey", erased);
    }

    @Test
    void theCsvHasARowPerReorganisationSectorAndRegionAndFunnelStage() {
        JsonNode registered = DatedReorganisations.registeredAt("AM23", "GM0505", "Drechtwerk, Metaal & Co BV", "C", 40,
                Instant.parse("2024-09-09T08:00:00Z"));
        String id = registered.get("reorganisationId").asText();
        DatedCases.closed(DatedCases.routedThrough(EMPLOYEE, DatedReorganisations.code(registered),
                Instant.parse("2024-09-10T08:00:00Z")), Outcome.TRAINING);
        DatedCases.submittedThrough(EMPLOYEE, DatedReorganisations.code(registered),
                Instant.parse("2024-09-10T09:00:00Z"));

        var response = handler.handleRequest(counts(
                Map.of("from", "2024-09-10", "to", "2024-09-10", "format", "csv"), deskRole("AM23")), null);

        List<String> rows = List.of(response.getBody().split("\r\n"));
        String day = "2024-09-10,2024-09-10,AM23,Drechtsteden,";
        assertThat(rows.get(0)).isEqualTo("from,to,region,region_name,measure,target_group,status,outcome,partner,"
                + "cases,reorganisation,employer,sector,sector_name,funnel");
        assertThat(rows).contains(
                day + "intakes,,,,,2,,,,,",
                day + "reorganisation,,,,,40," + id + ",\"Drechtwerk, Metaal & Co BV\",C,Industrie,invited_jobs",
                day + "reorganisation,,,,,2," + id + ",\"Drechtwerk, Metaal & Co BV\",C,Industrie,intakes",
                day + "reorganisation,,,,,1," + id + ",\"Drechtwerk, Metaal & Co BV\",C,Industrie,to_training",
                day + "reorganisation_sector,,,,,1,,,C,Industrie,reorganisations",
                day + "reorganisation_sector,,,,,2,,,C,Industrie,applications",
                day + "reorganisation_region,,,,,1,,,,,reorganisations",
                day + "reorganisation_region,,,,,1,,,,,other");
        assertThat(rows.stream().filter(row -> row.startsWith(day + "reorganisation,"))).hasSize(7);
        assertThat(rows.stream().filter(row -> row.startsWith(day + "reorganisation_sector,"))).hasSize(8);
        assertThat(rows.stream().filter(row -> row.startsWith(day + "reorganisation_region,"))).hasSize(8);
        assertThat(rows).allSatisfy(row -> assertThat(row.split(",", -1).length)
                .isEqualTo(row.contains("\"") ? 16 : 15));
    }

    @Test
    void aClosedReorganisationStillCountsAndOnlyThoseOpenInThePeriodOfTheRegionsAskedForAreListed() {
        Instant registered = Instant.parse("2024-09-16T08:00:00Z");
        JsonNode closedSince = DatedReorganisations.registeredAt("AM23", "GM0505", "Sliedrecht Scheepsbouw BV", "C",
                60, registered);
        DatedCases.submittedThrough(EMPLOYEE, DatedReorganisations.code(closedSince),
                Instant.parse("2024-09-17T08:00:00Z"));
        DatedReorganisations.closedAt("AM23", closedSince, Instant.parse("2024-09-18T08:00:00Z"));
        JsonNode closedBefore = DatedReorganisations.registeredAt("AM23", "GM0505", "Papendrecht Print BV", "C", 8,
                registered);
        DatedReorganisations.closedAt("AM23", closedBefore, Instant.parse("2024-09-16T12:00:00Z"));
        DatedReorganisations.registeredAt("AM23", "GM0505", "Zwijndrecht Zuivel BV", "C", 12,
                Instant.parse("2024-09-21T08:00:00Z"));
        JsonNode amsterdam = DatedReorganisations.registeredAt("AM18", "GM0363", "Schiphol Catering BV", "I", 30,
                registered);
        DatedCases.submittedThrough("jobbank-wajong-amsterdam", DatedReorganisations.code(amsterdam),
                Instant.parse("2024-09-17T08:00:00Z"));
        Map<String, String> period = Map.of("from", "2024-09-17", "to", "2024-09-20");

        JsonNode drechtsteden = body(handler.handleRequest(counts(with(period, "AM23"), monitoringRole()), null));
        JsonNode both = body(handler.handleRequest(counts(with(period, "AM18,AM23"), monitoringRole()), null));

        assertThat(drechtsteden.at("/regions/0/reorganisations/byReorganisation"))
                .extracting(r -> r.get("employerName").asText(), r -> r.get("status").asText(),
                        r -> r.at("/funnel/intakes").asLong())
                .containsExactly(tuple("Sliedrecht Scheepsbouw BV", "CLOSED", 1L));
        assertThat(drechtsteden.at("/reorganisations/bySector")).extracting(s -> s.get("sector").asText())
                .containsExactly("C");
        assertThat(drechtsteden.at("/reorganisations/funnel/intakes").asLong()).isEqualTo(1);
        assertThat(both.at("/regions/0/reorganisations/byReorganisation/0/employerName").asText())
                .isEqualTo("Schiphol Catering BV");
        assertThat(both.at("/reorganisations/bySector")).extracting(s -> s.get("sector").asText(),
                s -> s.at("/funnel/intakes").asLong()).containsExactly(tuple("C", 1L), tuple("I", 1L));
        assertThat(both.at("/reorganisations/funnel/invitedJobs").asLong()).isEqualTo(90);
    }

    @Test
    void aRegionWithoutReorganisationsHasAnEmptyPreventiveRoute() {
        DatedCases.submittedAt("zzp-noordoost-brabant", Instant.parse("2024-09-24T09:00:00Z"));

        JsonNode report = body(handler.handleRequest(
                counts(Map.of("from", "2024-09-24", "to", "2024-09-24", "region", "AM27"), monitoringRole()), null));

        assertThat(report.at("/regions/0/counts/intakes").asLong()).isEqualTo(1);
        assertThat(report.at("/regions/0/reorganisations/reorganisations").asLong()).isZero();
        assertThat(report.at("/regions/0/reorganisations/byReorganisation")).isEmpty();
        assertThat(funnel(report.at("/reorganisations/funnel"))).containsOnly(0L);
    }

    private static List<Long> funnel(JsonNode funnel) {
        return List.of(funnel.get("invitedJobs").asLong(), funnel.get("intakes").asLong(),
                funnel.get("applications").asLong(), funnel.get("inCoaching").asLong(),
                funnel.get("movedToWork").asLong(), funnel.get("toTraining").asLong(), funnel.get("other").asLong());
    }

    private static Map<String, String> with(Map<String, String> period, String regions) {
        Map<String, String> query = new java.util.LinkedHashMap<>(period);
        query.put("region", regions);
        return query;
    }
}
