package nl.rmt.intake.handlers.retention;

import nl.rmt.intake.config.AwsClients;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.application.EraseExpiredPersonalData;
import nl.rmt.intake.domain.casefile.RetentionPolicy;
import nl.rmt.intake.handlers.partner.PartnerFeedbackHandler;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.store.DynamoDbCaseStore;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.PartnerCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RetentionHandlerTest {

    private static final RetentionPolicy POLICY = new RetentionPolicy(90, 365);

    private static PartnerFeedbackHandler feedback;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        feedback = LocalStack.asFunction("PartnerFeedbackFunction", PartnerFeedbackHandler::new);
    }

    @Test
    void erasesAClosedCaseTheConfiguredDaysAfterClosingAndKeepsWhatTheCountsNeed() {
        String caseId = closedWithWork("jobseeker-ww-midden-brabant");

        runAt(Instant.now().plus(Duration.ofDays(91)));

        Map<String, AttributeValue> item = LocalStack.caseItem(caseId);
        assertThat(item).doesNotContainKeys("person", "remarks", "gsi3pk", "gsi3sk").containsKey("erasedAt");
        assertThat(item.get("decision").m().get("region").m()).doesNotContainKey("homeMunicipality");
        assertThat(item.get("status").s()).isEqualTo("CLOSED");
        assertThat(item.get("outcome").s()).isEqualTo("WORK");
        assertThat(item.get("region").s()).isEqualTo("AM26");
        assertThat(item.get("targetGroups").l()).isNotEmpty();
        assertThat(item.get("assignments").m()).containsKey("uwv");
        assertThat(history(caseId)).last().satisfies(entry -> {
            assertThat(entry.get("actor").s()).isEqualTo("system:retention");
            assertThat(entry.get("reason").s()).isEqualTo("personal data erased 90 days after closing");
        });
    }

    @Test
    void erasesThePartnersFreeTextNotesInTheHistoryButKeepsTheSystemsWords() {
        String caseId = closedWithWork("jobseeker-ww-midden-brabant");
        Map<String, AttributeValue> closing = history(caseId).stream()
                .filter(entry -> "CLOSED".equals(entry.get("to").s())).findFirst().orElseThrow();
        assertThat(closing.get("note").s()).isEqualTo("started at a warehouse in Tilburg");

        runAt(Instant.now().plus(Duration.ofDays(91)));

        Map<String, AttributeValue> erased = history(caseId).stream()
                .filter(entry -> "CLOSED".equals(entry.get("to").s())).findFirst().orElseThrow();
        assertThat(erased).doesNotContainKey("note");
        assertThat(erased.get("noteErased").bool()).isTrue();
        assertThat(erased.get("reason").s()).isEqualTo("closed with outcome WORK");
    }

    @Test
    void erasesEveryNoteOfAHistoryLongerThanOneTransactionHolds() {
        String caseId = closedWithWork("jobseeker-ww-midden-brabant");
        for (int i = 0; i < 120; i++) {
            String sk = String.format("HISTORY#%013d#%02d#CLOSED", 1_700_000_000_000L + i, 0);
            LocalStack.stack().dynamoDb().putItem(request -> request.tableName(LocalStack.table()).item(Map.of(
                    "pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS(sk),
                    "type", AttributeValue.fromS("HISTORY"), "to", AttributeValue.fromS("CLOSED"),
                    "actor", AttributeValue.fromS("partner:uwv"), "note", AttributeValue.fromS("call back after 5 pm"))));
        }

        runAt(Instant.now().plus(Duration.ofDays(91)));

        assertThat(history(caseId)).hasSizeGreaterThan(120).noneMatch(entry -> entry.containsKey("note"));
        assertThat(LocalStack.caseItem(caseId)).doesNotContainKey("person");
    }

    @Test
    void leavesAClosedCaseAloneUntilItsTimeHasCome() {
        String caseId = closedWithWork("jobseeker-ww-midden-brabant");

        runAt(Instant.now().plus(Duration.ofDays(89)));

        assertThat(LocalStack.caseItem(caseId)).containsKeys("person", "gsi3pk");
    }

    @Test
    void erasesACaseThatNeverClosedAtItsMaximumAgeAndTakesItOutOfEscalation() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        assertThat(LocalStack.caseItem(caseId)).containsKey("gsi2pk");

        runAt(Instant.now().plus(Duration.ofDays(364)));
        assertThat(LocalStack.caseItem(caseId)).containsKey("person");

        runAt(Instant.now().plus(Duration.ofDays(366)));

        Map<String, AttributeValue> item = LocalStack.caseItem(caseId);
        assertThat(item).doesNotContainKeys("person", "gsi2pk", "gsi3pk");
        assertThat(item.get("status").s()).isEqualTo("ROUTED");
        assertThat(history(caseId)).last().satisfies(entry ->
                assertThat(entry.get("reason").s()).isEqualTo("personal data erased at the maximum age of 365 days"));
    }

    @Test
    void closingMovesTheClockFromTheCasesAgeToTheTimeSinceClosing() {
        String caseId = closedWithWork("jobseeker-ww-midden-brabant");

        Map<String, AttributeValue> item = LocalStack.caseItem(caseId);

        assertThat(item.get("gsi3pk").s()).isEqualTo("RETENTION#CLOSED");
        assertThat(item.get("gsi3sk").s()).endsWith("#" + caseId);
    }

    @Test
    void aSecondRunChangesNothing() {
        String caseId = closedWithWork("jobseeker-ww-midden-brabant");
        Instant later = Instant.now().plus(Duration.ofDays(91));
        runAt(later);
        String version = LocalStack.caseItem(caseId).get("version").n();

        Map<String, Integer> second = runAt(later.plus(Duration.ofDays(1)));

        assertThat(LocalStack.caseItem(caseId).get("version").n()).isEqualTo(version);
        assertThat(second.get("erased")).isZero();
    }

    @Test
    void anErasedCaseCanStillBeClosedByItsLeadButNotHandedBack() {
        String rejected = Cases.routed("jobseeker-ww-midden-brabant");
        String closed = Cases.routed("jobseeker-ww-midden-brabant");
        runAt(Instant.now().plus(Duration.ofDays(366)));

        APIGatewayV2HTTPResponse handBack = feedback.handleRequest(PartnerCalls.feedbackFromPartner(rejected, "uwv",
                Map.of("type", "REJECTED", "reason", "outside our work")), null);
        feedback.handleRequest(PartnerCalls.feedbackFromPartner(closed, "uwv", Map.of("type", "ACCEPTED")), null);
        APIGatewayV2HTTPResponse close = feedback.handleRequest(PartnerCalls.feedbackFromPartner(closed, "uwv",
                Map.of("type", "CLOSED", "outcome", "NO_SHOW")), null);

        assertThat(handBack.getStatusCode()).isEqualTo(409);
        assertThat(Events.body(handBack).get("message").asText()).contains("erased");
        assertThat(LocalStack.caseItem(rejected).get("leadPartnerId").s()).isEqualTo("uwv");
        assertThat(close.getStatusCode()).isEqualTo(200);
        assertThat(LocalStack.caseItem(closed).get("outcome").s()).isEqualTo("NO_SHOW");
        assertThat(LocalStack.caseItem(closed)).as("nothing left to erase").doesNotContainKey("gsi3pk");
    }

    @Test
    void aRunThatIsOutOfTimeStopsAndLeavesTheRestForTheNextRun() {
        String caseId = closedWithWork("jobseeker-ww-midden-brabant");
        EraseExpiredPersonalData retention = retentionAt(Instant.now().plus(Duration.ofDays(91)));

        List<EraseExpiredPersonalData.Erased> erased = retention.run(() -> false);

        assertThat(erased).isEmpty();
        assertThat(LocalStack.caseItem(caseId)).containsKey("person");
    }

    @ParameterizedTest
    @Event(value = "events/retention/daily.json", type = Map.class)
    void theScheduledRunReadsItsDaysFromTheTemplatesSettingsAndReportsWhatItErased(Map<String, Object> event) {
        assertThat(RetentionHandler.policyFromSettings()).isEqualTo(new RetentionPolicy(90, 365));

        Map<String, Integer> result = LocalStack.asFunction("RetentionFunction", RetentionHandler::new).handleRequest(event, null);

        assertThat(result).containsKeys("erased", "afterClosing", "maximumAge");
    }

    private static Map<String, Integer> runAt(Instant now) {
        return LocalStack.asFunction("RetentionFunction", () -> new RetentionHandler(retentionAt(now))).handleRequest(Map.of(), null);
    }

    /** Built inside {@code asFunction}, its client acts with the retention function's role. */
    private static EraseExpiredPersonalData retentionAt(Instant now) {
        return new EraseExpiredPersonalData(
                new DynamoDbCaseStore(AwsClients.dynamoDb(), LocalStack.table(),
                        new QueueNames(System.getProperty("QUEUE_NAME_PREFIX"))),
                POLICY,
                Clock.fixed(now, ZoneOffset.UTC));
    }


    private static String closedWithWork(String fixture) {
        String caseId = Cases.routed(fixture);
        for (Map<String, String> report : List.of(
                Map.of("type", "ACCEPTED"),
                Map.of("type", "CLOSED", "outcome", "WORK", "reason", "started at a warehouse in Tilburg"))) {
            assertThat(feedback.handleRequest(PartnerCalls.feedbackFromPartner(caseId, "uwv", report), null)
                    .getStatusCode()).isEqualTo(200);
        }
        return caseId;
    }

    private static List<Map<String, AttributeValue>> history(String caseId) {
        return LocalStack.itemsOfCase(caseId).stream()
                .filter(item -> item.get("sk").s().startsWith("HISTORY#"))
                .toList();
    }
}
