package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Instant;
import nl.rmt.intake.json.Json;

/** Delivers stored outbox messages to their queues; safe to run more than once for the same message. */
public final class DispatchOutbox {

    public static final String CONFIRMATION_QUEUE = "confirmation";

    private final CaseStore store;
    private final QueuePublisher publisher;
    private final Clock clock;

    public DispatchOutbox(CaseStore store, QueuePublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Sends the message, records it as sent, and when it went to the lead marks the case routed and queues the
     * confirmation. A crash after sending only repeats the send, which the queue's deduplication absorbs. The
     * stream and the sweeper both call this; either may come second.
     *
     * A message with the person's details is not sent when the case was erased (withdrawn) since it was stored. A
     * message the queue refuses for good is parked: marked FAILED with the reason and its case flagged for the desk,
     * so that it blocks nothing behind it. Any other failure is thrown, to be retried.
     */
    public Dispatch dispatch(String caseId, OutboxMessage message) {
        if (message.kind().carriesPersonalData() && store.isOutboxDiscarded(caseId, message.id())) {
            return new Dispatch(Dispatch.Outcome.DISCARDED, clock.instant(), null);
        }
        String queueMessageId;
        try {
            queueMessageId =
                    publisher.publish(message.queue(), message.groupId(), message.deduplicationId(), message.body());
        } catch (UndeliverableException refused) {
            Instant at = clock.instant();
            store.markOutboxFailed(caseId, message.id(), refused.reason(), at);
            return new Dispatch(Dispatch.Outcome.PARKED, at, refused.reason());
        }
        Instant now = clock.instant();
        store.markOutboxSent(caseId, message.id(), queueMessageId, now);
        if (message.kind() == OutboxMessage.Kind.LEAD) {
            store.markRouted(caseId, now, confirmationRequest(caseId));
        }
        return new Dispatch(Dispatch.Outcome.SENT, now, null);
    }

    /** @param reason the error code a parked message was refused with, else null */
    public record Dispatch(Outcome outcome, Instant at, String reason) {

        public enum Outcome { SENT, DISCARDED, PARKED }
    }

    static OutboxMessage confirmationRequest(String caseId) {
        return new OutboxMessage(
                "CONFIRMATION",
                OutboxMessage.Kind.CONFIRMATION,
                CONFIRMATION_QUEUE,
                caseId,
                caseId + ":confirmation",
                Json.write(new ConfirmationRequest(caseId)));
    }
}
