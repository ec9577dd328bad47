package nl.rmt.intake.handlers.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.time.Duration;
import java.util.Map;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.Outbox;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests share one table, so messages here are dated two days back and the sweeper looks only at those older than
 * a day: it never touches another test's cases.
 */
class OutboxSweepHandlerTest {

    private static final Duration LOST_AGO = Duration.ofDays(2);
    private static OutboxSweepHandler sweeper;
    private static OutboxDispatchHandler stream;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        sweeper = LocalStack.asFunction("OutboxSweepFunction", () -> new OutboxSweepHandler(
                OutboxDispatchHandler.Dispatching.standard(System.getProperty("QUEUE_NAME_PREFIX")), Duration.ofDays(1)));
        stream = LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new);
    }

    @Test
    void routesACaseWhoseStreamRecordsWereLost() {
        String caseId = Cases.submitted("at-risk-employee-drechtsteden");
        Outbox.storedAgo(caseId, "PARTNER#vakbonden", LOST_AGO);
        Outbox.storedAgo(caseId, "PARTNER#am23-schuldhulp", LOST_AGO);

        Map<String, Integer> run = sweeper.handleRequest(Map.of(), null);

        assertThat(run.get("dispatched")).isGreaterThanOrEqualTo(2);
        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
        assertThat(LocalStack.takeAllFor("partner-vakbonden", caseId)).hasSize(1);
        assertThat(LocalStack.takeAllFor("partner-am23-schuldhulp", caseId)).hasSize(1);
        assertThat(Outbox.item(caseId, "PARTNER#vakbonden").get("status").s()).isEqualTo("SENT");
        assertThat(Outbox.item(caseId, "PARTNER#vakbonden")).doesNotContainKeys("gsi4pk", "gsi4sk", "body");
    }

    @Test
    void routesADeskLedCaseAndSendsItsConfirmationWhenTheStreamLostBoth() {
        String caseId = Cases.submitted("youth-employed-no-consent-groningen");
        String leadOutboxId = Outbox.waitingOf(caseId, "LEAD");
        String deskQueue = Outbox.item(caseId, leadOutboxId).get("queue").s();
        Outbox.storedAgo(caseId, leadOutboxId, LOST_AGO);

        sweeper.handleRequest(Map.of(), null);
        Outbox.storedAgo(caseId, "CONFIRMATION", LOST_AGO);
        sweeper.handleRequest(Map.of(), null);

        assertThat(deskQueue).startsWith("desk-");
        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
        assertThat(LocalStack.takeAllFor(deskQueue, caseId)).hasSize(1);
        assertThat(LocalStack.takeAllFor("confirmation", caseId)).hasSize(1);
        assertThat(Outbox.item(caseId, "CONFIRMATION").get("status").s()).isEqualTo("SENT");
    }

    @Test
    void leavesAMessageYoungerThanTheMinimumAgeToTheStream() {
        String caseId = Cases.submitted("jobbank-wajong-amsterdam");

        sweeper.handleRequest(Map.of(), null);

        assertThat(Outbox.item(caseId, "PARTNER#uwv").get("status").s()).isEqualTo("PENDING");
        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("SUBMITTED");
    }

    @Test
    void sendsOneMessageAndRoutesOnceWhenTheStreamDeliversTheRecordAfterTheSweeper() {
        String caseId = Cases.submitted("jobseeker-ww-midden-brabant");
        DynamodbEvent lateRecord = StreamEvents.pendingOutboxOf(caseId);
        Outbox.storedAgo(caseId, "PARTNER#uwv", LOST_AGO);

        sweeper.handleRequest(Map.of(), null);
        stream.handleRequest(lateRecord, null);
        sweeper.handleRequest(Map.of(), null);

        assertThat(LocalStack.takeAllFor("partner-uwv", caseId)).hasSize(1);
        assertThat(LocalStack.historyOf(caseId)).extracting(entry -> entry.get("to").asText())
                .containsExactly("SUBMITTED", "ROUTED");
        assertThat(LocalStack.itemsOfCase(caseId)).filteredOn(item -> item.get("sk").s().equals("OUTBOX#CONFIRMATION"))
                .hasSize(1);
    }

    @Test
    void parksAMessageTheQueueRefusesAndSweepsItNoMore() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        String leadOutboxId = Outbox.waitingOf(caseId, "LEAD");
        Outbox.poison(caseId, leadOutboxId);
        Outbox.storedAgo(caseId, leadOutboxId, LOST_AGO);

        sweeper.handleRequest(Map.of(), null);
        Map<String, Integer> again = sweeper.handleRequest(Map.of(), null);

        assertThat(Outbox.item(caseId, leadOutboxId).get("status").s()).isEqualTo("FAILED");
        assertThat(LocalStack.caseItem(caseId).get("attention").m().get("subject").s()).isEqualTo(leadOutboxId);
        assertThat(again.get("failed")).isZero();
    }
}
