package nl.rmt.intake.domain.routing;

/** Why a case got another lead after intake. */
public enum LeadChange {
    /** The lead handed the case back, or the desk routed it to another partner by hand. */
    REROUTED,
    /** The lead did not accept in time; the RMT desk took the case over. */
    ESCALATED
}
