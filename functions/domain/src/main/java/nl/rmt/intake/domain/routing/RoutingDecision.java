package nl.rmt.intake.domain.routing;

import java.util.ArrayList;
import java.util.List;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.region.RegionResolution;

/**
 * The full, explainable outcome of routing one intake.
 *
 * @param rulesVersion the version of the rule and partner data that decided
 * @param referrals    one per partner (never the lead's partner, never twice the same partner)
 */
public record RoutingDecision(
        String rulesVersion,
        RegionResolution region,
        List<GroupAssignment> groups,
        LeadAssignment lead,
        List<Recipient> referrals,
        List<SkippedReferral> skippedReferrals) {

    public RoutingDecision {
        groups = List.copyOf(groups);
        referrals = List.copyOf(referrals);
        skippedReferrals = List.copyOf(skippedReferrals);
    }

    /** The lead first, then the referrals: every partner that gets a message. */
    public List<Recipient> recipients() {
        List<Recipient> all = new ArrayList<>();
        all.add(new Recipient(lead.partner(), Role.LEAD, List.of()));
        all.addAll(referrals);
        return all;
    }
}
