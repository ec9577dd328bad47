package nl.rmt.intake.partner;

/** How a partner's work on a case ended; only with {@link FeedbackType#CLOSED}. */
public enum Outcome {
    WORK,
    TRAINING,
    REFERRED,
    NO_SHOW,
    WITHDRAWN
}
