package nl.rmt.intake.json;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.rmt.intake.domain.routing.LeadAssignment;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.RoutingDecision;

/**
 * A routing decision as desks see it: the preview's answer and what is stored on the case, so that every
 * decision can be explained later exactly as it was made.
 */
public record DecisionView(
        String rulesVersion,
        RegionView region,
        List<GroupView> targetGroups,
        LeadView lead,
        List<ReferralView> referrals,
        List<SkippedReferralView> skippedReferrals) {

    public record RegionView(String code, String name, String basis, String deskRegion, String homeMunicipality) {
    }

    public record GroupView(String group, String reason) {
    }

    public record PartnerView(String id, String type, Map<String, String> name, String queue) {
    }

    public record RuleView(String id, String source, String text) {
    }

    public record LeadView(
            RuleView rule, String requestedPartnerType, PartnerView partner, List<String> fallbacks,
            int contactWithinWorkingDays) {
    }

    public record ReferralView(PartnerView partner, List<String> because) {
    }

    public record SkippedReferralView(String group, String partnerType, String reason) {
    }

    /** @param queueName turns a queue's base name into the deployed queue's name */
    public static DecisionView of(RoutingDecision decision, UnaryOperator<String> queueName) {
        var region = decision.region();
        LeadAssignment lead = decision.lead();
        return new DecisionView(
                decision.rulesVersion(),
                new RegionView(
                        region.caseRegion().code(),
                        region.caseRegion().name(),
                        region.basis().name(),
                        region.deskRegion().code(),
                        region.homeMunicipality() == null ? null : region.homeMunicipality().code()),
                decision.groups().stream().map(g -> new GroupView(g.group().name(), g.reason())).toList(),
                new LeadView(
                        new RuleView(lead.ruleId(), lead.ruleSource(), lead.ruleText()),
                        lead.requestedType().name(),
                        partner(lead.partner(), queueName),
                        lead.fallbacks(),
                        lead.partner().contactWithinWorkingDays()),
                decision.referrals().stream().map(r -> referral(r, queueName)).toList(),
                decision.skippedReferrals().stream()
                        .map(s -> new SkippedReferralView(s.group().name(), s.type().name(), s.reason()))
                        .toList());
    }

    private static ReferralView referral(Recipient recipient, UnaryOperator<String> queueName) {
        return new ReferralView(
                partner(recipient.partner(), queueName),
                recipient.because().stream().map(Enum::name).toList());
    }

    private static PartnerView partner(Partner partner, UnaryOperator<String> queueName) {
        Map<String, String> names = new java.util.TreeMap<>();
        partner.displayName().forEach((language, name) -> names.put(language.code(), name));
        return new PartnerView(partner.id(), partner.type().name(), names, queueName.apply(partner.queue()));
    }
}
