package nl.rmt.intake.testing;

import nl.rmt.intake.config.AwsClients;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.rmt.intake.application.CaseChange;
import nl.rmt.intake.application.EmailQuota;
import nl.rmt.intake.application.SubmitIntake;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.handlers.intake.SubmitIntakeHandler;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.handlers.partner.PartnerFeedbackHandler;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.store.DynamoDbCaseStore;
import nl.rmt.intake.store.DynamoDbReorganisations;

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
    public static String submittedAt(String fixture, Instant at) {
        return submittedThrough(fixture, null, at);
    }

    /**
     * @param invitation a reorganisation's invitation code the form is sent with; null for none
     * @return the new case's id
     */
    public static synchronized String submittedThrough(String fixture, String invitation, Instant at) {
        SubmitIntakeHandler intake = LocalStack.asFunction("SubmitIntakeFunction", () -> new SubmitIntakeHandler(
                new SubmitIntake(triage(), new DynamoDbCaseStore(AwsClients.dynamoDb(), LocalStack.table(),
                        new QueueNames(System.getProperty("QUEUE_NAME_PREFIX"))), Clock.fixed(at, ZoneOffset.UTC),
                        new SecureRandom(), EmailQuota.DEFAULT_PER_DAY,
                        new DynamoDbReorganisations(AwsClients.dynamoDb(), LocalStack.table()))));
        var event = Events.withIdempotencyKey(Events.intake(fixture), UUID.randomUUID().toString());
        if (invitation != null) {
            event = Events.withField(event, "invitation", invitation);
        }
        var response = intake.handleRequest(event, null);
        if (response.getStatusCode() != 202) {
            throw new IllegalStateException("The intake answered " + response.getStatusCode() + ": "
                    + response.getBody());
        }
        return Events.body(response).get("caseId").asText();
    }

    /** Submitted, and its messages on the partners' queues. */
    public static String routedAt(String fixture, Instant at) {
        return routedThrough(fixture, null, at);
    }

    /** Submitted through the invitation (null for none), and its messages on the partners' queues. */
    public static String routedThrough(String fixture, String invitation, Instant at) {
        String caseId = submittedThrough(fixture, invitation, at);
        LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new).handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        return caseId;
    }

    /** The lead accepts the routed case. */
    public static void accepted(String caseId) {
        feedbackOfTheLead(caseId, Map.of("type", "ACCEPTED"));
    }

    /** The lead accepts the routed case and closes it with the outcome. */
    public static void closed(String caseId, Outcome outcome) {
        accepted(caseId);
        feedbackOfTheLead(caseId, Map.of("type", "CLOSED", "outcome", outcome.name()));
    }

    private static void feedbackOfTheLead(String caseId, Map<String, String> report) {
        String lead = LocalStack.caseItem(caseId).get("leadPartnerId").s();
        PartnerFeedbackHandler feedback = LocalStack.asFunction("PartnerFeedbackFunction", PartnerFeedbackHandler::new);
        feedback.handleRequest(PartnerCalls.feedbackFromPartner(caseId, lead, report), null);
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
