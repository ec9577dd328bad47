package nl.rmt.intake.domain.explanation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.rmt.intake.domain.form.Consent;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.LeadAssignment;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.ReferralRule;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.domain.routing.RoutingDecision;
import nl.rmt.intake.domain.routing.SkippedReferral;

/**
 * Matches each need the citizen ticked to the partner of the case that helps with it ({@code helpsWith} in the rules):
 * the lead when it does, else the first referral that does. A partner standing in for a type (the RMT desk of a region
 * without that type, as lead or as referral, or a lead that a referral resolved to) helps with what the type would
 * have.
 */
public final class HelpPerNeed {

    private final RoutingData data;

    public HelpPerNeed(RoutingData data) {
        this.data = data;
    }

    /** One entry per need, in the form's order of needs. */
    public List<NeedHelp> of(RoutingDecision decision, IntakeForm form) {
        List<NeedHelp> help = new ArrayList<>();
        for (Need need : Need.values()) {
            if (form.needs().contains(need)) {
                help.add(helpWith(need, decision, form.consent()));
            }
        }
        return List.copyOf(help);
    }

    private NeedHelp helpWith(Need need, RoutingDecision decision, Consent consent) {
        LeadAssignment lead = decision.lead();
        boolean leadStandsIn = lead.partner().type() != lead.requestedType() && consent.allows(lead.requestedType());
        if (helps(lead.partner().type(), need) || leadStandsIn && helps(lead.requestedType(), need)
                || referredToTheLead(decision, consent).anyMatch(type -> helps(type, need))) {
            return new NeedHelp(need, new Recipient(lead.partner(), Role.LEAD, List.of()), null);
        }
        for (Recipient referral : decision.referrals()) {
            if (helps(referral.partner().type(), need)
                    || requestedTypes(referral).anyMatch(type -> helps(type, need))) {
                return new NeedHelp(need, referral, null);
            }
        }
        return new NeedHelp(need, null, withheld(need, decision, consent).orElse(null));
    }

    /** The types of the referrals not made because they resolved to the lead's own partner, which stands in. */
    private Stream<PartnerType> referredToTheLead(RoutingDecision decision, Consent consent) {
        String region = decision.region().caseRegion().code();
        String leadId = decision.lead().partner().id();
        return decision.skippedReferrals().stream()
                .map(SkippedReferral::type)
                .filter(type -> consent.allows(type) && data.partners().resolve(region, type).id().equals(leadId));
    }

    /** The types the referral rules asked for when they chose this partner. */
    private Stream<PartnerType> requestedTypes(Recipient referral) {
        return data.referralRules().stream()
                .filter(rule -> referral.because().contains(rule.group()))
                .map(ReferralRule::partnerType);
    }

    private Optional<PartnerType> withheld(Need need, RoutingDecision decision, Consent consent) {
        return Stream.concat(Stream.of(decision.lead().requestedType()),
                        decision.skippedReferrals().stream().map(SkippedReferral::type))
                .filter(type -> !consent.allows(type) && helps(type, need))
                .findFirst();
    }

    private boolean helps(PartnerType type, Need need) {
        return data.helpsWith(type, need);
    }
}
