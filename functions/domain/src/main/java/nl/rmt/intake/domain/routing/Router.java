package nl.rmt.intake.domain.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.region.RegionResolution;

/**
 * Chooses the lead partner and the referrals for a case. Pure: the same input gives the same decision, so a desk
 * can preview a decision without submitting.
 */
public final class Router {

    private final RoutingData data;

    public Router(RoutingData data) {
        this.data = data;
    }

    public RoutingDecision decide(IntakeForm form, RegionResolution region, List<GroupAssignment> groups) {
        String regionCode = region.caseRegion().code();
        Set<TargetGroup> present = present(groups);

        LeadAssignment lead = lead(form, regionCode, present, Set.of());
        List<Recipient> referrals = new ArrayList<>();
        List<SkippedReferral> skipped = new ArrayList<>();
        refer(form, regionCode, present, lead.partner(), referrals, skipped);
        return new RoutingDecision(data.version(), region, groups, lead, referrals, skipped);
    }

    /**
     * The lead once the given partners have handed the case back: the lead rules are walked in order as
     * {@link #decide} walks them, and a rule whose partner is excluded gives way to the next matching rule. The RMT
     * desk is never excluded, since it cannot reject; when every matching rule's partner is excluded the desk leads,
     * explained under the last matching rule. {@link LeadAssignment#fallbacks()} says which partners were passed over.
     *
     * @param excludedPartnerIds the partners that rejected the case, in any round
     */
    public LeadAssignment nextLead(IntakeForm form, RegionResolution region, List<GroupAssignment> groups,
            Set<String> excludedPartnerIds) {
        Objects.requireNonNull(excludedPartnerIds, "excludedPartnerIds");
        return lead(form, region.caseRegion().code(), present(groups), excludedPartnerIds);
    }

    private LeadAssignment lead(IntakeForm form, String regionCode, Set<TargetGroup> present, Set<String> excluded) {
        List<String> passedOver = new ArrayList<>();
        LeadAssignment lastPassedOver = null;
        for (LeadRule rule : data.leadRules(regionCode)) {
            if (!rule.matches(form, present)) {
                continue;
            }
            LeadAssignment candidate = leadByRule(form, regionCode, rule);
            Partner partner = candidate.partner();
            if (partner.type() == PartnerType.RMT || !excluded.contains(partner.id())) {
                passedOver.addAll(candidate.fallbacks());
                return new LeadAssignment(candidate.ruleId(), candidate.ruleSource(), candidate.ruleText(),
                        candidate.requestedType(), partner, passedOver);
            }
            String reason = FallbackReasons.handedBack(partner);
            if (!passedOver.contains(reason)) {
                passedOver.add(reason);
            }
            lastPassedOver = candidate;
        }
        if (lastPassedOver == null) {
            throw new IllegalStateException("no lead rule matched in region " + regionCode
                    + "; the last rule must always match");
        }
        passedOver.add(FallbackReasons.everyChosenPartnerHandedBack());
        return new LeadAssignment(lastPassedOver.ruleId(), lastPassedOver.ruleSource(), lastPassedOver.ruleText(),
                lastPassedOver.requestedType(), data.partners().desk(regionCode), passedOver);
    }

    /** The lead one rule asks for, with the consent and region fallbacks to the desk. */
    private LeadAssignment leadByRule(IntakeForm form, String regionCode, LeadRule rule) {
        PartnerType type = rule.leadType();
        Partners partners = data.partners();
        List<String> fallbacks = new ArrayList<>();
        Partner partner;
        if (!form.consent().allows(type)) {
            partner = partners.desk(regionCode);
            fallbacks.add(FallbackReasons.noConsentForLead(type));
        } else {
            partner = rule.partnerId()
                    .flatMap(partners::byId)
                    .orElseGet(() -> partners.resolve(regionCode, type));
            if (partner.type() != type) {
                fallbacks.add(FallbackReasons.noPartnerInRegion(type, regionCode));
            }
        }
        return new LeadAssignment(rule.id(), rule.source(), rule.text(), type, partner, fallbacks);
    }

    private static Set<TargetGroup> present(List<GroupAssignment> groups) {
        Set<TargetGroup> present = EnumSet.noneOf(TargetGroup.class);
        groups.forEach(assignment -> present.add(assignment.group()));
        return present;
    }

    private void refer(IntakeForm form, String regionCode, Set<TargetGroup> present, Partner leadPartner,
            List<Recipient> referrals, List<SkippedReferral> skipped) {
        Map<String, List<TargetGroup>> groupsByPartnerId = new LinkedHashMap<>();
        Map<String, Partner> partnersById = new LinkedHashMap<>();
        for (ReferralRule rule : data.referralRules()) {
            if (!present.contains(rule.group())) {
                continue;
            }
            PartnerType type = rule.partnerType();
            if (!form.consent().allows(type)) {
                skipped.add(new SkippedReferral(rule.group(), type, FallbackReasons.noConsentForReferral(type)));
                continue;
            }
            Partner partner = data.partners().resolve(regionCode, type);
            if (partner.id().equals(leadPartner.id())) {
                skipped.add(new SkippedReferral(rule.group(), type, FallbackReasons.sameAsLead(partner)));
                continue;
            }
            List<TargetGroup> because = groupsByPartnerId.get(partner.id());
            if (because != null) {
                // The partner still learns every group it is involved for, through the one message it gets.
                because.add(rule.group());
                skipped.add(new SkippedReferral(rule.group(), type, FallbackReasons.alreadyReferred(partner)));
                continue;
            }
            groupsByPartnerId.put(partner.id(), new ArrayList<>(List.of(rule.group())));
            partnersById.put(partner.id(), partner);
        }
        groupsByPartnerId.forEach((partnerId, because) ->
                referrals.add(new Recipient(partnersById.get(partnerId), Role.REFERRAL, because)));
    }
}
