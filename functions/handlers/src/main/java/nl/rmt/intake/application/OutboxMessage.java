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
        /** To the lead partner: once it is on the queue the case is routed. */
        LEAD,
        REFERRAL,
        /** Asks for the citizen's confirmation email. */
        CONFIRMATION
    }
}
