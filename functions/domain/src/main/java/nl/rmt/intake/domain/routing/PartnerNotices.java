package nl.rmt.intake.domain.routing;

import java.time.Instant;
import nl.rmt.intake.domain.region.LabourMarketRegion;

/**
 * Builds the notices that stop a partner's work on a case. The reasons are fixed sentences, so that neither a
 * partner's rejection reason nor anything the citizen wrote reaches another organisation.
 */
public final class PartnerNotices {

    static final String WITHDRAWN_REASON =
            "the citizen withdrew: stop working on this case and erase the personal data you hold for it";
    static final String ESCALATED_REASON =
            "you are no longer the lead: the case was not accepted in time and the RMT desk took it over";
    static final String REROUTED_REASON = "you are no longer the lead: the case was routed to another partner";

    private PartnerNotices() {
    }

    /** @param round the case's current round */
    public static PartnerNotice withdrawn(String caseId, String reference, LabourMarketRegion region, String partnerId,
            int round, Instant sentAt) {
        return notice(MessageType.CASE_WITHDRAWN, caseId, reference, region, partnerId, round, WITHDRAWN_REASON, sentAt);
    }

    /**
     * @param partnerId the partner that was the lead until now
     * @param round     the round in which the new lead takes over
     */
    public static PartnerNotice reassigned(String caseId, String reference, LabourMarketRegion region, String partnerId,
            int round, LeadChange why, Instant sentAt) {
        String reason = switch (why) {
            case ESCALATED -> ESCALATED_REASON;
            case REROUTED -> REROUTED_REASON;
        };
        return notice(MessageType.CASE_REASSIGNED, caseId, reference, region, partnerId, round, reason, sentAt);
    }

    private static PartnerNotice notice(MessageType type, String caseId, String reference, LabourMarketRegion region,
            String partnerId, int round, String reason, Instant sentAt) {
        return new PartnerNotice(PartnerMessage.SCHEMA_VERSION, type.name(),
                PartnerMessageFactory.messageId(caseId, partnerId, type, round), caseId, reference, region, partnerId,
                round, reason, sentAt.toString());
    }
}
