package nl.rmt.intake.domain.routing;

/** What a message on a partner's queue asks of the partner; every message names its type in {@code messageType}. */
public enum MessageType {
    /** A case for the partner to handle, as lead or referral: a {@link PartnerMessage}. */
    CASE_ASSIGNED,
    /** The citizen withdrew: stop working on the case and erase the personal data. A {@link PartnerNotice}. */
    CASE_WITHDRAWN,
    /** The partner is no longer the lead: the case was escalated or routed to another partner. A {@link PartnerNotice}. */
    CASE_REASSIGNED
}
