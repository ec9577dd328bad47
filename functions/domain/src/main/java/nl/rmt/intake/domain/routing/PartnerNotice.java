package nl.rmt.intake.domain.routing;

import nl.rmt.intake.domain.region.LabourMarketRegion;

/**
 * A message that tells a partner to stop on a case it received ({@link MessageType#CASE_WITHDRAWN},
 * {@link MessageType#CASE_REASSIGNED}). It names the case but carries no person field: the partner already has
 * what it needs to find the case, and this message must not spread personal data any further.
 *
 * @param messageId {@code caseId:partnerId:messageType:round}, as for {@link PartnerMessage}
 * @param round     the case's routing round when the notice is sent; for a reassignment, the round of the new lead
 * @param reason    a fixed sentence for the partner's staff; never a partner's or citizen's own words
 * @param sentAt    ISO-8601 instant
 */
public record PartnerNotice(
        String schemaVersion,
        String messageType,
        String messageId,
        String caseId,
        String reference,
        LabourMarketRegion region,
        String partnerId,
        int round,
        String reason,
        String sentAt) {
}
