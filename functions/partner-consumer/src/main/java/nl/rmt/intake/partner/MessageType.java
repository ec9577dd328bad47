package nl.rmt.intake.partner;

/** What a message on the partner's queue is about, from its {@code messageType}. */
public enum MessageType {
    /** A case for the partner, as lead or referral; it expects feedback. */
    CASE_ASSIGNED,
    /** The citizen withdrew: stop work and erase the personal data received for the case. */
    CASE_WITHDRAWN,
    /** The case went to another partner: stop work on it. */
    CASE_REASSIGNED
}
