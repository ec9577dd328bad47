package nl.rmt.intake.partner;

/** What a partner reports about its part in a case. */
public enum FeedbackType {
    /** The partner takes the case on. */
    ACCEPTED,
    /** The partner reached the person. */
    CONTACTED,
    /** The partner hands the case back, with a reason; it is routed again. */
    REJECTED,
    /** The partner's work on the case ended, with an outcome. */
    CLOSED
}
