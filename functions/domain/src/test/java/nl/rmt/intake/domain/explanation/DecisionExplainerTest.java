package nl.rmt.intake.domain.explanation;

import static nl.rmt.intake.domain.explanation.Forms.TRIAGE;
import static nl.rmt.intake.domain.explanation.Forms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.WorkStatus;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.domain.routing.LeadRule;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.domain.routing.RoutingDecision;
import nl.rmt.intake.domain.routing.Wording;
import org.junit.jupiter.api.Test;

class DecisionExplainerTest {

    private final DecisionExplainer explainer = new DecisionExplainer(TRIAGE.routingData());

    private DecisionExplanation explain(Forms form, String deskRegion) {
        return explainer.explain(form.decisionAt(deskRegion), form.build());
    }

    @Test
    void theLeadIsExplainedByTheBenefitThatChoseItInDutchAndEnglish() {
        DecisionExplanation explanation = explain(aForm().livingIn("GM0363").benefit(Benefit.WW), "AM18");

        assertThat(explanation.lead()).isEqualTo(new Wording(
                "Hoofdpartner: UWV, omdat u een WW-uitkering ontvangt.",
                "Lead: UWV (Employee Insurance Agency), because you receive WW (unemployment benefit)."));
    }

    @Test
    void aReferralIsExplainedByTheNeedThatLedToIt() {
        DecisionExplanation explanation = explain(
                aForm().livingIn("GM0363").benefit(Benefit.WW).needs(Need.DEBT_HELP), "AM18");

        assertThat(explanation.referrals()).containsExactly(new Wording(
                "Doorverwezen naar Amsterdamse schuldhulpverlening, omdat u hulp bij schulden vroeg.",
                "Referred to Amsterdam debt counselling, because you asked for help with debts."));
    }

    @Test
    void aLeadWithoutConsentSaysWhichPartnerTypeTheCitizenDidNotAgreeTo() {
        DecisionExplanation explanation = explain(
                aForm().livingIn("GM0363").benefit(Benefit.WW).withoutConsentFor(PartnerType.UWV), "AM18");

        assertThat(explanation.lead()).isEqualTo(new Wording(
                "Hoofdpartner: RMT Groot Amsterdam. Omdat u een WW-uitkering ontvangt, zou UWV de hoofdpartner zijn,"
                        + " maar u gaf geen toestemming om uw gegevens met UWV te delen.",
                "Lead: Regional mobility team Groot Amsterdam. Because you receive WW (unemployment benefit), UWV would"
                        + " lead, but you did not agree to share your details with UWV."));
    }

    @Test
    void aLeadStandingInForATypeTheRegionLacksSaysSo() {
        DecisionExplanation explanation = explain(aForm().benefit(Benefit.BIJSTAND), "AM01");

        assertThat(explanation.lead().en()).endsWith(
                "Because you receive social assistance (bijstand), the municipality would lead, but there is none in"
                        + " this region.");
        assertThat(explanation.lead().nl()).endsWith("zou de gemeente de hoofdpartner zijn, maar die is er niet in"
                + " deze regio.");
    }

    @Test
    void aSkippedReferralSaysWhyInBothLanguages() {
        DecisionExplanation withheld = explain(aForm().livingIn("GM0363").benefit(Benefit.WW).needs(Need.DEBT_HELP)
                .withoutConsentFor(PartnerType.SCHULDHULP), "AM18");
        DecisionExplanation ownLead = explain(aForm().livingIn("GM0363").benefit(Benefit.BIJSTAND).statusHolder(), "AM18");

        assertThat(withheld.skippedReferrals()).containsExactly(new Wording(
                "Omdat u hulp bij schulden vroeg, zou u worden doorverwezen naar schuldhulpverlening, maar u gaf geen"
                        + " toestemming om uw gegevens daarmee te delen.",
                "Because you asked for help with debts, you would be referred to debt counselling, but you did not"
                        + " agree to share your details with it."));
        assertThat(ownLead.skippedReferrals()).containsExactly(new Wording(
                "Omdat u statushouder bent, zou u worden doorverwezen naar de gemeente; die is al de hoofdpartner.",
                "Because you are a status holder, you would be referred to the municipality; it already leads your"
                        + " case."));
    }

    @Test
    void aRegionsRuleWithItsOwnWordsIsExplainedInThem() {
        DecisionExplanation explanation = explain(aForm().livingIn("GM0796").workStatus(WorkStatus.SELF_EMPLOYED),
                "AM27");

        assertThat(explanation.lead().en()).isEqualTo("Lead: Self-employed project Noordoost-Brabant, because you are"
                + " self-employed and the region sends the self-employed to its own ZZP project.");
    }

    @Test
    void aReorganisationsLeadSaysTheCitizenAppliedThroughTheEmployersReorganisation() {
        DecisionExplanation explanation = explain(aForm().livingIn("GM0363").workStatus(WorkStatus.AT_RISK)
                .throughReorganisation(), "AM18");

        assertThat(explanation.lead().nl()).endsWith("omdat u zich aanmeldde via de reorganisatie bij uw werkgever.");
        assertThat(explanation.lead().en()).endsWith("because you applied through your employer's reorganisation.");
    }

    @Test
    void theCatchAllRuleSaysNoOtherRuleApplied() {
        DecisionExplanation explanation = explain(aForm().livingIn("GM0363").workStatus(WorkStatus.OTHER), "AM18");

        assertThat(explanation.lead().nl()).isEqualTo("Hoofdpartner: RMT Groot Amsterdam, omdat geen andere regel van"
                + " toepassing was.");
    }

    @Test
    void everyNeedGetsTheSentenceTheCitizenReadsInBothLanguages() {
        DecisionExplanation explanation = explain(aForm().livingIn("GM0363").benefit(Benefit.WW)
                .needs(Need.WORK, Need.DEBT_HELP).withoutConsentFor(PartnerType.SCHULDHULP), "AM18");

        assertThat(explanation.needs()).extracting(DecisionExplanation.ExplainedNeed::sentence).containsExactly(
                new Wording("Voor werk: UWV neemt binnen 5 werkdagen contact met u op.",
                        "For work: UWV (Employee Insurance Agency) will contact you within 5 working days."),
                new Wording("Voor schulden: u gaf geen toestemming om uw gegevens te delen met schuldhulpverlening."
                        + " UWV bespreekt met u wie u hierbij kan helpen.",
                        "For debts: you did not agree to share your details with debt counselling. UWV (Employee"
                                + " Insurance Agency) will discuss with you who can help you with this."));
    }

    @Test
    void everyShippedLeadRuleHasAReasonInBothLanguagesFromItsConditionOrItsOwnWords() {
        RoutingData data = TRIAGE.routingData();
        for (String region : data.partners().all().stream().flatMap(p -> p.regions().stream()).distinct().toList()) {
            for (LeadRule rule : data.leadRules(region)) {
                Wording because = explainer.because(rule, data.youthAgeLimit(region)).orElseThrow(() ->
                        new AssertionError(rule.id() + " needs its own 'because': its condition has no words"));
                assertThat(because.nl()).as(rule.id()).isNotBlank().doesNotContain("null").doesNotContain("_");
                assertThat(because.en()).as(rule.id()).isNotBlank().doesNotContain("null").doesNotContain("_");
            }
        }
    }

    @Test
    void aNewRuleInTheDataIsExplainedWithoutACodeChange() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode rules = (ObjectNode) json.readTree(resource("routing/rules.json"));
        ((ArrayNode) rules.get("leadRules")).insert(0, json.readTree("""
                {"id": "test-young-on-benefit", "text": "YOUTH on WW or BIJSTAND → GEMEENTE",
                 "when": {"groups": ["YOUTH"], "benefit": ["WW", "BIJSTAND"]}, "lead": {"partnerType": "GEMEENTE"}}"""));
        RoutingData data = RoutingData.load(resource("routing/partners.json"), resource("routing/partner-types.json"),
                new ByteArrayInputStream(rules.toString().getBytes(StandardCharsets.UTF_8)),
                Map.of("AM27.json", resource("routing/regions/AM27.json")));
        IntakeTriage triage = new IntakeTriage(Municipalities.loadDefault(), data);
        Forms form = aForm().livingIn("GM0363").benefit(Benefit.WW);
        var young = new nl.rmt.intake.domain.form.IntakeForm(
                new nl.rmt.intake.domain.form.PersonalDetails("Noor", "de Vries", "noor@example.org", null,
                        java.time.LocalDate.of(2004, 1, 15), null, "GM0363", nl.rmt.intake.domain.form.Language.EN),
                form.build().situation(), form.build().needs(), form.build().consent(), null);
        RoutingDecision decision = triage.decide(young, "AM18", Forms.INTAKE_DATE);

        assertThat(new DecisionExplainer(data).explain(decision, young).lead()).isEqualTo(new Wording(
                "Hoofdpartner: Gemeente Amsterdam Werk en Inkomen, omdat u jonger bent dan 27 jaar en u een"
                        + " WW-uitkering of bijstand ontvangt.",
                "Lead: City of Amsterdam Work and Income, because you are younger than 27 and you receive WW"
                        + " (unemployment benefit) or social assistance (bijstand)."));
    }

    private static InputStream resource(String name) {
        return DecisionExplainerTest.class.getClassLoader().getResourceAsStream(name);
    }
}
