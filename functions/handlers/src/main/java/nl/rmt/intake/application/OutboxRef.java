package nl.rmt.intake.application;

/** Names one outbox message of a case. */
public record OutboxRef(String caseId, String outboxId) {
}
