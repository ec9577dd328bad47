package nl.rmt.intake.application;

/** The answer to an attempt to claim the right to send one email. */
public enum EmailClaim {
    /** This attempt may send. */
    TAKEN,
    SENT,
    /** Another attempt holds a live claim: look again later. */
    HELD_ELSEWHERE,
    /**
     * A claim expired without the email being recorded: the attempt stopped somewhere between claiming and
     * recording, so the email may or may not have gone out. It is not sent again; the case is flagged instead.
     */
    ABANDONED,
    /** Never to be sent: the address had its confirmation emails for the day when the case came in. */
    WITHHELD,
    /** The email was refused for good, or its outcome is unknown: the case is flagged for its desk. */
    PARKED
}
