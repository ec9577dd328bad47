package nl.rmt.intake.domain.casefile;

/** Where a case is in its life. Allowed moves are in {@link CaseStateMachine}. */
public enum CaseStatus {
    /** Stored and decided; partner messages not yet on their queues. */
    SUBMITTED,
    /** The lead partner's message is on its queue. */
    ROUTED,
    ACCEPTED,
    CONTACTED,
    /** The lead handed the case back; it is being routed again. */
    REJECTED,
    /** The lead did not accept in time; the RMT desk took over. */
    ESCALATED,
    CLOSED,
    WITHDRAWN
}
