package nl.rmt.intake.domain.feedback;

/** How a partner's work on a case ended; the monitoring counts per region and partner are made of these. */
public enum Outcome {
    WORK,
    TRAINING,
    /** Handed on to help outside the regional mobility team's partners. */
    REFERRED,
    /** The person did not turn up or could not be reached. */
    NO_SHOW,
    /** The person stopped with the partner. */
    WITHDRAWN
}
