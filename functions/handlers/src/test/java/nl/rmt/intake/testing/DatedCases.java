package nl.rmt.intake.testing;

import nl.rmt.intake.config.AwsClients;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.rmt.intake.application.CaseChange;
import nl.rmt.intake.application.SubmitIntake;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.handlers.intake.SubmitIntakeHandler;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.handlers.partner.PartnerFeedbackHandler;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.store.DynamoDbCaseStore;

/**
 * Cases submitted at a chosen instant, through the real intake service, and taken further the way partners and
 * retention take them: for counts over periods that no other test's cases fall in.
 */
public final class DatedCases {

    private static IntakeTriage triage;
    private static DynamoDbCaseStore store;

    private DatedCases() {
    }

    /** @return the new case's id */
    public static synchronized String submittedAt(String fixture, Instant at) {
        SubmitIntakeHandler intake = LocalStack.asFunction("SubmitIntakeFunction", () -> new SubmitIntakeHandler(
                new SubmitIntake(triage(), new DynamoDbCaseStore(AwsClients.dynamoDb(), LocalStack.table(),
                        new QueueNames(System.getProperty("QUEUE_NAME_PREFIX"))), Clock.fixed(at, ZoneOffset.UTC),
                        new SecureRandom())));
        var event = Events.withIdempotencyKey(Events.intake(fixture), UUID.randomUUID().toString());
        return Events.body(intake.handleRequest(event, null)).get("caseId").asText();
    }

    /** Submitted, and its messages on the partners' queues. */
    public static String routedAt(String fixture, Instant at) {
        String caseId = submittedAt(fixture, at);
        LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new).handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        return caseId;
    }

    /** The lead accepts the routed case and closes it with the outcome. */
    public static void closed(String caseId, Outcome outcome) {
        String lead = LocalStack.caseItem(caseId).get("leadPartnerId").s();
        PartnerFeedbackHandler feedback = LocalStack.asFunction("PartnerFeedbackFunction", PartnerFeedbackHandler::new);
        feedback.handleRequest(PartnerCalls.feedbackFromPartner(caseId, lead, Map.of("type", "ACCEPTED")), null);
        feedback.handleRequest(PartnerCalls.feedbackFromPartner(caseId, lead,
                Map.of("type", "CLOSED", "outcome", outcome.name())), null);
    }

    /** Its personal data erased, as retention and withdrawal erase it. */
    public static void erased(String caseId) {
        store().apply(CaseChange.on(store().load(caseId).orElseThrow(), Instant.now()).erasePersonalData());
    }

    private static synchronized IntakeTriage triage() {
        if (triage == null) {
            triage = IntakeTriage.loadDefault();
        }
        return triage;
    }

    private static synchronized DynamoDbCaseStore store() {
        if (store == null) {
            store = new DynamoDbCaseStore(LocalStack.stack().dynamoDb(), LocalStack.table(),
                    new QueueNames(System.getProperty("QUEUE_NAME_PREFIX")));
        }
        return store;
    }
}
