package nl.rmt.intake.application;

/** The body of a message on the confirmation queue: only the case id, the rest is read from the case. */
public record ConfirmationRequest(String caseId) {
}
