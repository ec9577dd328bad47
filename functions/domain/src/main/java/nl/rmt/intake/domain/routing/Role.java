package nl.rmt.intake.domain.routing;

public enum Role {
    /** Responsible for contacting the person. */
    LEAD,
    REFERRAL
}
