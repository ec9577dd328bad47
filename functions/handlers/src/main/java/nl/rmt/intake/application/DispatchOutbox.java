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
     * confirmation. A crash after sending only repeats the send, which the queue's deduplication absorbs.
     *
     * @return when the message was recorded as sent
     */
    public Instant dispatch(String caseId, OutboxMessage message) {
        String queueMessageId =
                publisher.publish(message.queue(), message.groupId(), message.deduplicationId(), message.body());
        Instant now = clock.instant();
        store.markOutboxSent(caseId, message.id(), queueMessageId, now);
        if (message.kind() == OutboxMessage.Kind.LEAD) {
            store.markRouted(caseId, now, confirmationRequest(caseId));
        }
        return now;
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
