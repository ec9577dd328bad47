package nl.rmt.intake.handlers.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.rmt.intake.observability.RecordedMetrics;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutboxDispatchMetricsTest {

    private static RecordedMetrics metrics;
    private static OutboxDispatchHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        metrics = new RecordedMetrics();
        handler = LocalStack.asFunction("OutboxDispatchFunction", () -> new OutboxDispatchHandler(metrics));
    }

    @Test
    void sendingACasesMessagesCountsThemByPartnerTypeAndTimesTheLeadFromSubmission() {
        String caseId = Cases.submitted("at-risk-employee-drechtsteden");
        int before = metrics.raw().size();

        handler.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);

        List<JsonNode> written = metrics.documents().subList(before, metrics.raw().size());
        assertThat(written).filteredOn(document -> document.has("PartnerMessagesSent"))
                .extracting(document -> document.get("PartnerType").asText() + "=" + document.get("PartnerMessagesSent"))
                .containsExactlyInAnyOrder("VAKBOND=1", "SCHULDHULP=1");
        assertThat(written).filteredOn(document -> document.has("RoutingLatency")).singleElement()
                .satisfies(document -> assertThat(document.get("RoutingLatency").asLong()).isNotNegative());
    }
}
