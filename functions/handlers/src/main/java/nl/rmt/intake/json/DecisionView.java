package nl.rmt.intake.json;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import nl.rmt.intake.domain.explanation.DecisionExplanation;
import nl.rmt.intake.domain.explanation.NeedHelp;
import nl.rmt.intake.domain.routing.LeadAssignment;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.RoutingDecision;
import nl.rmt.intake.domain.routing.SkippedReferral;
import nl.rmt.intake.domain.routing.Wording;

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
        List<SkippedReferralView> skippedReferrals,
        List<HelpView> help) {

    public record RegionView(String code, String name, String basis, String deskRegion, String homeMunicipality) {
    }

    public record GroupView(String group, String reason) {
    }

    public record PartnerView(String id, String type, Map<String, String> name, String queue) {
    }

    public record RuleView(String id, String source, String text) {
    }

    /** @param explanation why this partner leads, in plain words; the rule id stays beside it for staff */
    public record LeadView(
            RuleView rule, String requestedPartnerType, PartnerView partner, List<String> fallbacks,
            int contactWithinWorkingDays, TextView explanation) {
    }

    public record ReferralView(PartnerView partner, List<String> because, TextView explanation) {
    }

    public record SkippedReferralView(String group, String partnerType, String reason, TextView explanation) {
    }

    /**
     * Who helps with one need the citizen ticked: the lead or a referral partner, or nobody (then possibly the
     * partner type the citizen did not agree to share with that would have helped).
     */
    public record HelpView(String need, String role, String partnerId, String consentWithheldFor, TextView text) {
    }

    public record TextView(String nl, String en) {
        static TextView of(Wording wording) {
            return new TextView(wording.nl(), wording.en());
        }
    }

    /**
     * @param explanation the decision in plain words, made by {@link nl.rmt.intake.domain.explanation.DecisionExplainer}
     * @param queueName   turns a queue's base name into the deployed queue's name
     */
    public static DecisionView of(RoutingDecision decision, DecisionExplanation explanation,
            UnaryOperator<String> queueName) {
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
                        lead.partner().contactWithinWorkingDays(),
                        TextView.of(explanation.lead())),
                IntStream.range(0, decision.referrals().size())
                        .mapToObj(i -> referral(decision.referrals().get(i), explanation.referrals().get(i), queueName))
                        .toList(),
                IntStream.range(0, decision.skippedReferrals().size())
                        .mapToObj(i -> skipped(decision.skippedReferrals().get(i), explanation.skippedReferrals().get(i)))
                        .toList(),
                explanation.needs().stream().map(DecisionView::help).toList());
    }

    private static ReferralView referral(Recipient recipient, Wording why, UnaryOperator<String> queueName) {
        return new ReferralView(
                partner(recipient.partner(), queueName),
                recipient.because().stream().map(Enum::name).toList(),
                TextView.of(why));
    }

    private static SkippedReferralView skipped(SkippedReferral skipped, Wording why) {
        return new SkippedReferralView(skipped.group().name(), skipped.type().name(), skipped.reason(), TextView.of(why));
    }

    private static HelpView help(DecisionExplanation.ExplainedNeed need) {
        NeedHelp help = need.help();
        return new HelpView(help.need().name(),
                help.helperIfAny().map(helper -> helper.role().name()).orElse(null),
                help.helperIfAny().map(helper -> helper.partner().id()).orElse(null),
                help.withheldConsent().map(Enum::name).orElse(null),
                TextView.of(need.sentence()));
    }

    private static PartnerView partner(Partner partner, UnaryOperator<String> queueName) {
        Map<String, String> names = new java.util.TreeMap<>();
        partner.displayName().forEach((language, name) -> names.put(language.code(), name));
        return new PartnerView(partner.id(), partner.type().name(), names, queueName.apply(partner.queue()));
    }
}
