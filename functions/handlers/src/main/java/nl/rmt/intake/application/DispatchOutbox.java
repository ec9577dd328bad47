package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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
     * A message with the person's details is not sent when the case was erased (withdrawn) since it was stored.
     *
     * @return when the message was recorded as sent, or empty when it was discarded
     */
    public Optional<Instant> dispatch(String caseId, OutboxMessage message) {
        if (message.kind().carriesPersonalData() && store.isOutboxDiscarded(caseId, message.id())) {
            return Optional.empty();
        }
        String queueMessageId =
                publisher.publish(message.queue(), message.groupId(), message.deduplicationId(), message.body());
        Instant now = clock.instant();
        store.markOutboxSent(caseId, message.id(), queueMessageId, now);
        if (message.kind() == OutboxMessage.Kind.LEAD) {
            store.markRouted(caseId, now, confirmationRequest(caseId));
        }
        return Optional.of(now);
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
