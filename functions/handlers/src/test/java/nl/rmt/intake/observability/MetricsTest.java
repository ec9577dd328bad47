package nl.rmt.intake.observability;

import static nl.rmt.intake.observability.RecordedMetrics.dimensionSets;
import static nl.rmt.intake.observability.RecordedMetrics.metricNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.FeedbackType;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    private final RecordedMetrics sink = new RecordedMetrics();
    private final Metrics metrics = new Metrics(sink, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void writesACountAsAnEmbeddedMetricFormatDocumentInTheRmtIntakeNamespace() {
        metrics.count(Metric.INTAKE_ACCEPTED, Dimension.region("AM18"));
        metrics.flush();

        assertThat(sink.documents()).singleElement().satisfies(document -> {
            assertThat(document.at("/_aws/Timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
            assertThat(document.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("RmtIntake");
            assertThat(document.at("/_aws/CloudWatchMetrics/0/Metrics/0/Name").asText()).isEqualTo("IntakeAccepted");
            assertThat(document.at("/_aws/CloudWatchMetrics/0/Metrics/0/Unit").asText()).isEqualTo("Count");
            assertThat(document.get("IntakeAccepted").asLong()).isEqualTo(1);
            assertThat(document.get("Region").asText()).isEqualTo("AM18");
        });
    }

    @Test
    void publishesARegionsCountAlsoAsTheTotalButATargetGroupsCountOnlyPerGroupInAsFewDocumentsAsTheValuesAllow() {
        metrics.count(Metric.INTAKE_ACCEPTED, Dimension.region("AM18"));
        metrics.count(Metric.INTAKE_ACCEPTED, Dimension.targetGroup(TargetGroup.JOBBANK));
        metrics.count(Metric.INTAKE_ACCEPTED, Dimension.targetGroup(TargetGroup.DEBT));
        metrics.flush();

        List<JsonNode> documents = sink.documents();
        assertThat(documents).hasSize(2);
        assertThat(dimensionSets(documents.get(0))).containsExactly("Region", "TargetGroup", "");
        assertThat(documents.get(0).get("Region").asText()).isEqualTo("AM18");
        assertThat(documents.get(0).get("TargetGroup").asText()).isEqualTo("JOBBANK");
        assertThat(documents.get(0).get("IntakeAccepted").asLong()).isEqualTo(1);
        assertThat(dimensionSets(documents.get(1))).containsExactly("TargetGroup");
        assertThat(documents.get(1).get("TargetGroup").asText()).isEqualTo("DEBT");
        assertThat(documents.get(1).get("IntakeAccepted").asLong()).isEqualTo(1);
    }

    @Test
    void neverSharesADocumentBetweenTwoValuesThatEachAddToTheTotalSoTheTotalCountsBoth() {
        metrics.count(Metric.PARTNER_MESSAGES_SENT, Dimension.partnerType(PartnerType.UWV));
        metrics.count(Metric.PARTNER_MESSAGES_SENT, Dimension.partnerType(PartnerType.GEMEENTE));
        metrics.count(Metric.FEEDBACK_RECEIVED, Dimension.feedbackType(FeedbackType.ACCEPTED));
        metrics.count(Metric.FEEDBACK_RECEIVED);
        metrics.flush();

        assertThat(sink.documents()).hasSize(4).allSatisfy(document ->
                assertThat(dimensionSets(document)).filteredOn(String::isEmpty).hasSize(1));
    }

    @Test
    void addsUpCountsOfOneDimensionValueButKeepsEveryLatencyForPercentiles() {
        metrics.count(Metric.PARTNER_MESSAGES_SENT, Dimension.partnerType(PartnerType.UWV));
        metrics.count(Metric.PARTNER_MESSAGES_SENT, Dimension.partnerType(PartnerType.UWV));
        metrics.count(Metric.PARTNER_MESSAGES_SENT, Dimension.partnerType(PartnerType.GEMEENTE));
        metrics.add(Metric.ROUTING_LATENCY, 120, null);
        metrics.add(Metric.ROUTING_LATENCY, 80, null);
        metrics.flush();

        assertThat(sink.of("PartnerMessagesSent"))
                .extracting(document -> document.get("PartnerType").asText() + "=" + document.get("PartnerMessagesSent"))
                .containsExactly("UWV=2", "GEMEENTE=1");
        JsonNode latency = sink.of("RoutingLatency").get(0);
        assertThat(latency.get("RoutingLatency").toString()).isEqualTo("[120,80]");
        assertThat(latency.at("/_aws/CloudWatchMetrics/0/Metrics/0/Unit").asText()).isEqualTo("Milliseconds");
        assertThat(dimensionSets(latency)).containsExactly("");
    }

    @Test
    void putsMetricsWithTheSameDimensionValueInOneDocument() {
        metrics.count(Metric.CONFIRMATIONS_SENT);
        metrics.count(Metric.UPDATE_EMAILS_SENT);
        metrics.flush();

        assertThat(sink.documents()).singleElement().satisfies(document ->
                assertThat(metricNames(document)).containsExactlyInAnyOrder("ConfirmationsSent", "UpdateEmailsSent"));
    }

    @Test
    void spreadsMoreThanAHundredValuesOfOneMetricOverSeveralDocuments() {
        for (int i = 0; i < 250; i++) {
            metrics.add(Metric.ROUTING_LATENCY, i, null);
        }
        metrics.flush();

        assertThat(sink.documents()).extracting(document -> document.get("RoutingLatency").size())
                .containsExactly(100, 100, 50);
    }

    @Test
    void writesNothingWhenNothingWasRecordedAndForgetsWhatItFlushed() {
        metrics.flush();
        assertThat(sink.raw()).isEmpty();

        metrics.count(Metric.WITHDRAWALS);
        metrics.flush();
        metrics.flush();
        assertThat(sink.raw()).hasSize(1);
    }

    @Test
    void recordsAZeroSoThatARunWithoutEscalationsStillShows() {
        metrics.add(Metric.ESCALATIONS, 0, null);
        metrics.flush();

        assertThat(sink.of("Escalations")).singleElement()
                .satisfies(document -> assertThat(document.get("Escalations").asLong()).isZero());
    }

    @Test
    void turnsARegionThatIsNotARegionCodeIntoUnknownSoCallerInputNeverBecomesADimension() {
        assertThat(Dimension.region("AM27").value()).isEqualTo("AM27");
        assertThat(Dimension.region("jan.jansen@example.org").value()).isEqualTo("UNKNOWN");
        assertThat(Dimension.region("am18").value()).isEqualTo("UNKNOWN");
        assertThat(Dimension.region(null).value()).isEqualTo("UNKNOWN");
        assertThat(Dimension.partnerType(null).value()).isEqualTo("UNKNOWN");
    }

    @Test
    void everyDocumentHoldsOnlyTheMetadataItsMetricsAndItsDimensionValue() {
        metrics.count(Metric.FEEDBACK_RECEIVED, Dimension.feedbackType(FeedbackType.REJECTED));
        metrics.count(Metric.INTAKE_REJECTED, Dimension.region("AM03"));
        metrics.count(Metric.EMAIL_BOUNCES);
        metrics.flush();

        for (JsonNode document : sink.documents()) {
            List<String> expected = new java.util.ArrayList<>(List.of("_aws"));
            expected.addAll(metricNames(document));
            dimensionSets(document).stream().filter(set -> !set.isEmpty()).forEach(expected::add);
            assertThat(fieldNames(document)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyMetricHasItsOwnPascalCaseName() {
        List<String> names = java.util.Arrays.stream(Metric.values()).map(Metric::metricName).toList();

        assertThat(names).allMatch(name -> name.matches("[A-Z][A-Za-z]+")).doesNotHaveDuplicates();
    }

    private static List<String> fieldNames(JsonNode document) {
        List<String> names = new java.util.ArrayList<>();
        Iterator<String> iterator = document.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }
}
