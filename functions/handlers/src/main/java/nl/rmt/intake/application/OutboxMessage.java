package nl.rmt.intake.application;

/**
 * A message to put on a queue, stored in the same transaction as the change that caused it.
 *
 * @param id              unique within its case, e.g. {@code PARTNER#uwv}
 * @param kind            what delivering it means for the case
 * @param queue           the queue's base name from the routing data, e.g. {@code partner-uwv}
 * @param deduplicationId identical for every delivery attempt of this message
 */
public record OutboxMessage(String id, Kind kind, String queue, String groupId, String deduplicationId, String body) {

    public enum Kind {
        /** To the first lead partner: once it is on the queue the case is routed. */
        LEAD,
        REFERRAL,
        /** To a later lead, after a re-route or an escalation. */
        HANDOVER,
        /** Tells a partner the case was withdrawn or moved away from it; no personal data. */
        NOTICE,
        /** Asks for the citizen's confirmation email. */
        CONFIRMATION,
        /** Asks for an email telling the citizen who leads their case now. */
        CITIZEN_UPDATE;

        /** Whether the message hands the person's details to a partner, so must not go out once they are erased. */
        public boolean carriesPersonalData() {
            return this == LEAD || this == REFERRAL || this == HANDOVER;
        }
    }
}
