package nl.rmt.intake.handlers.escalation;

import nl.rmt.intake.config.AwsClients;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nl.rmt.intake.application.EscalateOverdueLeads;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.calendar.DutchHolidays;
import nl.rmt.intake.domain.calendar.EscalationPolicy;
import nl.rmt.intake.domain.calendar.WorkingDays;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.handlers.partner.PartnerFeedbackHandler;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.store.DynamoDbCaseStore;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.PartnerCalls;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class EscalationHandlerTest {

    private static OutboxDispatchHandler dispatcher;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        dispatcher = LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new);
    }

    @Test
    void handsALeadThatDidNotAcceptInTimeToTheRegionalDesk() throws Exception {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");

        Map<String, Integer> result = runAt(Instant.now().plus(Duration.ofDays(14)));

        assertThat(result.get("escalated")).isPositive();
        Map<String, AttributeValue> item = LocalStack.caseItem(caseId);
        assertThat(item.get("status").s()).isEqualTo("ESCALATED");
        assertThat(item.get("leadPartnerId").s()).isEqualTo("rmt-am26");
        assertThat(item.get("assignments").m().get("uwv").m().get("status").s()).isEqualTo("ESCALATED");
        assertThat(item).doesNotContainKeys("gsi2pk", "gsi2sk");

        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        var toOldLead = LocalStack.takeAllFor("partner-uwv", caseId).stream()
                .map(message -> Json.read(message.body(), JsonNode.class)).toList();
        assertThat(toOldLead).extracting(message -> message.get("messageType").asText())
                .containsExactly("CASE_ASSIGNED", "CASE_REASSIGNED");
        assertThat(toOldLead.get(1).has("person")).isFalse();
        JsonNode assigned = Json.MAPPER.readTree(LocalStack.takeAllFor("desk-am26", caseId).get(0).body());
        assertThat(assigned.get("role").asText()).isEqualTo("LEAD");
        assertThat(assigned.get("round").asInt()).isEqualTo(2);
    }

    @Test
    void leavesALeadAloneWithinFiveWorkingDays() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");

        runAt(Instant.now().plus(Duration.ofDays(2)));

        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
    }

    @Test
    void neverEscalatesAnAcceptedCase() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        LocalStack.asFunction("PartnerFeedbackFunction", PartnerFeedbackHandler::new).handleRequest(
                PartnerCalls.feedbackFromPartner(caseId, "uwv", Map.of("type", "ACCEPTED")), null);

        runAt(Instant.now().plus(Duration.ofDays(30)));

        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ACCEPTED");
    }

    @Test
    void escalatesEachCaseOnce() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        Instant later = Instant.now().plus(Duration.ofDays(14));
        runAt(later);
        String version = LocalStack.caseItem(caseId).get("version").n();

        runAt(later.plus(Duration.ofDays(14)));

        assertThat(LocalStack.caseItem(caseId).get("version").n()).isEqualTo(version);
    }

    @ParameterizedTest
    @Event(value = "events/escalation/hourly.json", type = Map.class)
    void theScheduledRunReportsHowManyItEscalated(Map<String, Object> event) {
        Map<String, Integer> result = LocalStack.asFunction("EscalationFunction", EscalationHandler::new).handleRequest(event, null);

        assertThat(result).containsKey("escalated");
    }

    private static Map<String, Integer> runAt(Instant now) {
        EscalationHandler handler = LocalStack.asFunction("EscalationFunction", () -> new EscalationHandler(
                new EscalateOverdueLeads(
                        new DynamoDbCaseStore(AwsClients.dynamoDb(), LocalStack.table(),
                                new QueueNames(System.getProperty("QUEUE_NAME_PREFIX"))),
                        IntakeTriage.loadDefault(),
                        new EscalationPolicy(new WorkingDays(new DutchHolidays())),
                        Clock.fixed(now, ZoneOffset.UTC))));
        return handler.handleRequest(Map.of(), null);
    }

}
