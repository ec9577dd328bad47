package nl.rmt.intake.domain.monitoring;

import java.util.Map;
import nl.rmt.intake.domain.feedback.Outcome;

/**
 * One partner's share of the cases counted.
 *
 * @param lead         cases it leads now
 * @param referral     cases it was referred
 * @param leadOutcomes its lead cases that are closed, by outcome (every outcome listed, zero included)
 */
public record PartnerCounts(String partnerId, long lead, long referral, Map<Outcome, Long> leadOutcomes) {

    public PartnerCounts {
        leadOutcomes = Tallies.copyInOrder(leadOutcomes);
    }
}
