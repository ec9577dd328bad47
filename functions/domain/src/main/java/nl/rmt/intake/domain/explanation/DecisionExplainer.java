package nl.rmt.intake.domain.explanation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rmt.intake.domain.confirmation.HelpLine;
import nl.rmt.intake.domain.confirmation.PartnerTypeNames;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.LeadAssignment;
import nl.rmt.intake.domain.routing.LeadRule;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.domain.routing.RoutingDecision;
import nl.rmt.intake.domain.routing.SkippedReferral;
import nl.rmt.intake.domain.routing.Wording;

/**
 * Puts a routing decision in plain Dutch and English: which need or situation led to each partner. The reasons come
 * from the rules' conditions (or a rule's own {@code because}), so a new rule is explained without a code change.
 */
public final class DecisionExplainer {

    private final RoutingData data;
    private final HelpPerNeed helpPerNeed;

    public DecisionExplainer(RoutingData data) {
        this.data = data;
        this.helpPerNeed = new HelpPerNeed(data);
    }

    public DecisionExplanation explain(RoutingDecision decision, IntakeForm form) {
        String region = decision.region().caseRegion().code();
        int youthAgeLimit = data.youthAgeLimit(region);
        List<Wording> referrals = decision.referrals().stream()
                .map(referral -> referral(referral, youthAgeLimit))
                .toList();
        List<Wording> skipped = decision.skippedReferrals().stream()
                .map(skip -> skipped(skip, decision, form, youthAgeLimit))
                .toList();
        List<DecisionExplanation.ExplainedNeed> needs = new ArrayList<>();
        for (NeedHelp help : helpPerNeed.of(decision, form)) {
            needs.add(new DecisionExplanation.ExplainedNeed(help, new Wording(
                    sentence(help, decision.lead().partner(), Language.NL),
                    sentence(help, decision.lead().partner(), Language.EN))));
        }
        return new DecisionExplanation(lead(decision.lead(), form, youthAgeLimit), referrals, skipped, needs);
    }

    /** The line the citizen reads about one need, naming the partners in the given language. */
    public static HelpLine helpLine(NeedHelp help, Language language) {
        return help.helperIfAny()
                .map(helper -> HelpLine.helpedBy(help.need(), helper.partner().displayName(language),
                        helper.partner().contactWithinWorkingDays()))
                .orElseGet(() -> HelpLine.nobody(help.need(), help.consentWithheldFor()));
    }

    private static String sentence(NeedHelp help, Partner lead, Language language) {
        return helpLine(help, language).sentence(language, lead.displayName(language));
    }

    private Wording lead(LeadAssignment lead, IntakeForm form, int youthAgeLimit) {
        Wording because = data.leadRule(lead.ruleId())
                .flatMap(rule -> because(rule, youthAgeLimit))
                .orElseGet(() -> new Wording(lead.ruleText(), lead.ruleText()));
        Partner partner = lead.partner();
        String nl = partner.displayName(Language.NL);
        String en = partner.displayName(Language.EN);
        PartnerType asked = lead.requestedType();
        if (partner.type() == asked) {
            return new Wording("Hoofdpartner: " + nl + ", omdat " + because.nl() + ".",
                    "Lead: " + en + ", because " + because.en() + ".");
        }
        String typeNl = PartnerTypeNames.of(asked, Language.NL);
        String typeEn = PartnerTypeNames.of(asked, Language.EN);
        boolean consented = form.consent().allows(asked);
        return new Wording(
                "Hoofdpartner: " + nl + ". Omdat " + because.nl() + ", zou " + typeNl + " de hoofdpartner zijn, maar "
                        + (consented ? "die is er niet in deze regio."
                        : "u gaf geen toestemming om uw gegevens met " + typeNl + " te delen."),
                "Lead: " + en + ". Because " + because.en() + ", " + typeEn + " would lead, but "
                        + (consented ? "there is none in this region."
                        : "you did not agree to share your details with " + typeEn + "."));
    }

    private static Wording referral(Recipient referral, int youthAgeLimit) {
        Wording because = Reasons.ofGroups(referral.because(), youthAgeLimit);
        return new Wording(
                "Doorverwezen naar " + referral.partner().displayName(Language.NL) + ", omdat " + because.nl() + ".",
                "Referred to " + referral.partner().displayName(Language.EN) + ", because " + because.en() + ".");
    }

    private Wording skipped(SkippedReferral skip, RoutingDecision decision, IntakeForm form, int youthAgeLimit) {
        Wording because = Reasons.group(skip.group(), youthAgeLimit);
        String typeNl = PartnerTypeNames.of(skip.type(), Language.NL);
        String typeEn = PartnerTypeNames.of(skip.type(), Language.EN);
        String start = "Omdat " + because.nl() + ", zou u worden doorverwezen naar " + typeNl;
        String startEn = "Because " + because.en() + ", you would be referred to " + typeEn;
        if (!form.consent().allows(skip.type())) {
            return new Wording(start + ", maar u gaf geen toestemming om uw gegevens daarmee te delen.",
                    startEn + ", but you did not agree to share your details with it.");
        }
        Partner resolved = data.partners().resolve(decision.region().caseRegion().code(), skip.type());
        if (resolved.id().equals(decision.lead().partner().id())) {
            return new Wording(start + "; die is al de hoofdpartner.", startEn + "; it already leads your case.");
        }
        return new Wording(start + "; die heeft uw aanmelding al.", startEn + "; it already has your registration.");
    }

    /**
     * The reason a lead rule gives, ending "because …": its own {@code because}, else its condition in words; empty
     * when neither is there (a condition these words do not cover), and then the explanation quotes the rule's text.
     */
    public Optional<Wording> because(LeadRule rule, int youthAgeLimit) {
        return rule.because().or(() -> Reasons.of(rule.when(), youthAgeLimit));
    }
}
