package nl.rmt.intake.handlers.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.Outbox;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.sqs.model.Message;

class OutboxDispatchHandlerTest {

    private static OutboxDispatchHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new);
    }

    @Test
    void putsEachPartnerMessageOnItsPartnersQueueWithTheCaseAsGroup() throws Exception {
        String caseId = Cases.submitted("at-risk-employee-drechtsteden");

        StreamsEventResponse response = handler.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        List<Message> lead = LocalStack.takeAllFor("partner-vakbonden", caseId);
        List<Message> referral = LocalStack.takeAllFor("partner-am23-schuldhulp", caseId);
        assertThat(lead).hasSize(1);
        assertThat(referral).hasSize(1);
        JsonNode leadMessage = Json.MAPPER.readTree(lead.get(0).body());
        assertThat(leadMessage.get("role").asText()).isEqualTo("LEAD");
        assertThat(leadMessage.get("messageId").asText()).isEqualTo(caseId + ":vakbonden:CASE_ASSIGNED:1");
        assertThat(leadMessage.get("messageType").asText()).isEqualTo("CASE_ASSIGNED");
        assertThat(Json.MAPPER.readTree(referral.get(0).body()).get("role").asText()).isEqualTo("REFERRAL");
        assertThat(lead.get(0).attributesAsStrings()).containsEntry("MessageGroupId", caseId);
    }

    @Test
    void marksTheCaseRoutedWithHistoryAndQueuesItsConfirmationOnceTheLeadIsSent() {
        String caseId = Cases.submitted("jobseeker-ww-midden-brabant");

        handler.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);

        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
        var items = LocalStack.itemsOfCase(caseId);
        assertThat(LocalStack.historyOf(caseId)).extracting(entry -> entry.get("to").asText())
                .containsExactly("SUBMITTED", "ROUTED");
        assertThat(items).filteredOn(item -> item.get("sk").s().equals("OUTBOX#PARTNER#uwv"))
                .singleElement().satisfies(item -> {
                    assertThat(item.get("status").s()).isEqualTo("SENT");
                    assertThat(item).doesNotContainKey("body");
                });
        assertThat(items).filteredOn(item -> item.get("sk").s().equals("OUTBOX#CONFIRMATION")).hasSize(1);
        LocalStack.takeAllFor("partner-uwv", caseId);
    }

    @Test
    void sendsOneMessagePerPartnerWhenTheStreamDeliversTheSameRecordsAgain() {
        String caseId = Cases.submitted("jobbank-wajong-amsterdam");
        DynamodbEvent event = StreamEvents.pendingOutboxOf(caseId);

        handler.handleRequest(event, null);
        handler.handleRequest(event, null);

        assertThat(LocalStack.takeAllFor("partner-uwv", caseId)).hasSize(1);
        assertThat(LocalStack.historyOf(caseId)).hasSize(2);
    }

    @ParameterizedTest
    @Event(value = "events/outbox/lead-message-inserted.json", type = DynamodbEvent.class)
    void deliversTheFixturesLeadMessage(DynamodbEvent event) {
        String caseId = event.getRecords().get(0).getDynamodb().getNewImage().get("caseId").getS();

        StreamsEventResponse response = handler.handleRequest(event, null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(LocalStack.takeAllFor("partner-uwv", caseId)).hasSize(1);
    }

    @ParameterizedTest
    @Event(value = "events/outbox/lead-message-inserted.json", type = DynamodbEvent.class)
    void reportsAnUndeliverableRecordAndStopsThereSoTheStreamRetriesInOrder(DynamodbEvent event) {
        var record = event.getRecords().get(0);
        Map<String, AttributeValue> broken = new HashMap<>(record.getDynamodb().getNewImage());
        broken.remove("queue");
        record.getDynamodb().setNewImage(broken);
        var later = EventLoader.loadDynamoDbEvent("events/outbox/lead-message-inserted.json").getRecords().get(0);
        later.getDynamodb().setSequenceNumber("9999999999999999999999");
        event.setRecords(List.of(record, later));

        StreamsEventResponse response = handler.handleRequest(event, null);

        assertThat(response.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(record.getDynamodb().getSequenceNumber());
    }

    @Test
    void ignoresRecordsThatAreNotNewOutboxItems() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        DynamodbEvent caseInsert = StreamEvents.inserted(List.of(
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(LocalStack.caseItem(caseId)).m()));

        StreamsEventResponse response = handler.handleRequest(caseInsert, null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("SUBMITTED");
    }

    @Test
    void parksAMessageTheQueueRefusesForGoodAndGoesOnWithTheRestOfTheBatch() {
        String poisoned = Cases.submitted("jobbank-wajong-amsterdam");
        String healthy = Cases.submitted("jobseeker-ww-midden-brabant");
        Outbox.poison(poisoned, "PARTNER#uwv");
        DynamodbEvent batch = StreamEvents.pendingOutboxOf(poisoned);
        List<DynamodbEvent.DynamodbStreamRecord> records = new java.util.ArrayList<>(batch.getRecords());
        records.addAll(StreamEvents.pendingOutboxOf(healthy).getRecords());
        batch.setRecords(records);

        StreamsEventResponse response = handler.handleRequest(batch, null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        var parked = Outbox.item(poisoned, "PARTNER#uwv");
        assertThat(parked.get("status").s()).isEqualTo("FAILED");
        assertThat(parked.get("failureReason").s()).isEqualTo("SQS:InvalidAttributeValue");
        assertThat(parked).doesNotContainKeys("gsi4pk", "gsi4sk");
        var flagged = LocalStack.caseItem(poisoned);
        assertThat(flagged.get("status").s()).isEqualTo("SUBMITTED");
        assertThat(flagged.get("attention").m().get("subject").s()).isEqualTo("PARTNER#uwv");
        assertThat(flagged.get("attention").m().get("reason").s()).isEqualTo("SQS:InvalidAttributeValue");
        assertThat(flagged.get("gsi4pk").s()).isEqualTo("ATTENTION#" + flagged.get("region").s());
        assertThat(LocalStack.caseItem(healthy).get("status").s()).isEqualTo("ROUTED");
        assertThat(LocalStack.takeAllFor("partner-uwv", healthy)).hasSize(1);
        assertThat(LocalStack.takeAllFor("partner-uwv", poisoned)).isEmpty();
    }

    @Test
    void parksAMessageOnceWhenItsRecordIsDeliveredAgain() {
        String poisoned = Cases.submitted("jobbank-wajong-amsterdam");
        Outbox.poison(poisoned, "PARTNER#uwv");
        DynamodbEvent event = StreamEvents.pendingOutboxOf(poisoned);
        handler.handleRequest(event, null);
        String firstFlag = LocalStack.caseItem(poisoned).get("attention").m().get("since").s();

        StreamsEventResponse again = handler.handleRequest(event, null);

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(LocalStack.caseItem(poisoned).get("attention").m().get("since").s()).isEqualTo(firstFlag);
    }

    @Test
    void takesASentMessageOutOfTheWaitingIndex() {
        String caseId = Cases.submitted("jobbank-wajong-amsterdam");
        assertThat(Outbox.item(caseId, "PARTNER#uwv").get("gsi4pk").s()).isEqualTo("OUTBOX#PENDING");

        handler.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);

        assertThat(Outbox.item(caseId, "PARTNER#uwv")).doesNotContainKeys("gsi4pk", "gsi4sk");
        LocalStack.takeAllFor("partner-uwv", caseId);
    }
}
