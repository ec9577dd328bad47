package nl.rmt.intake.handlers.partner;

/** The 200 answer to a partner's report: where the case and the partner's own part of it stand now. */
record FeedbackAnswer(String caseId, String caseStatus, String yourStatus, String leadPartnerId) {
}
