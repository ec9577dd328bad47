package nl.rmt.intake.application;

import java.time.Instant;

/** An outbox message not sent yet, as stored. */
public record PendingOutbox(String caseId, OutboxMessage message, Instant createdAt) {
}
