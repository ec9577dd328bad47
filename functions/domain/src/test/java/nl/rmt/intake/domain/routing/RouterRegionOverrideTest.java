package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.classification.TargetGroup.JOBBANK;
import static nl.rmt.intake.domain.classification.TargetGroup.JOBSEEKER;
import static nl.rmt.intake.domain.classification.TargetGroup.ZZP;
import static nl.rmt.intake.domain.routing.Cases.groups;
import static nl.rmt.intake.domain.routing.Cases.inRegion;
import static nl.rmt.intake.domain.routing.IntakeForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;

/** Noordoost-Brabant (AM27) sends self-employed people to its ZZP project; other regions follow the national table. */
class RouterRegionOverrideTest {

    private final Router router = new Router(RoutingData.loadDefault());

    @Test
    void inNoordoostBrabantAZzpCaseGoesToTheZzpProject() {
        LeadAssignment lead = router.decide(aForm().build(), inRegion("AM27"), groups(ZZP)).lead();

        assertThat(lead.ruleId()).isEqualTo("am27-zzp-project");
        assertThat(lead.ruleSource()).isEqualTo("AM27");
        assertThat(lead.partner().id()).isEqualTo("am27-zzp-project");
        assertThat(lead.partner().queue()).isEqualTo("partner-am27-zzp-project");
        assertThat(lead.fallbacks()).isEmpty();
    }

    @Test
    void inMiddenBrabantTheSameCaseGoesToTheMunicipalityByTheNationalRule() {
        LeadAssignment lead = router.decide(aForm().build(), inRegion("AM26"), groups(ZZP)).lead();

        assertThat(lead.ruleId()).isEqualTo("national-3-zzp");
        assertThat(lead.partner().id()).isEqualTo("am26-gemeente");
    }

    @Test
    void thePrependedRuleComesBeforeEvenTheFirstNationalRules() {
        LeadAssignment lead = router.decide(aForm().build(), inRegion("AM27"), groups(JOBBANK, ZZP)).lead();

        assertThat(lead.ruleId()).isEqualTo("am27-zzp-project");
    }

    @Test
    void casesTheOverrideDoesNotCoverFollowTheNationalRules() {
        LeadAssignment lead = router.decide(aForm().benefit(Benefit.WW).build(), inRegion("AM27"), groups(JOBSEEKER)).lead();

        assertThat(lead.ruleId()).isEqualTo("national-4-ww");
        assertThat(lead.partner().id()).isEqualTo("uwv");
    }

    @Test
    void theZzpProjectIsNeverChosenJustBecauseAMunicipalityIsAsked() {
        LeadAssignment lead = router.decide(aForm().benefit(Benefit.BIJSTAND).build(), inRegion("AM27"), groups(JOBSEEKER))
                .lead();

        assertThat(lead.partner().id()).isEqualTo("am27-gemeente");
    }

    @Test
    void theZzpProjectNeedsConsentForMunicipalities() {
        LeadAssignment lead = router.decide(aForm().withoutConsentFor(PartnerType.GEMEENTE).build(), inRegion("AM27"),
                groups(ZZP)).lead();

        assertThat(lead.ruleId()).isEqualTo("am27-zzp-project");
        assertThat(lead.partner().id()).isEqualTo("rmt-am27");
        assertThat(lead.fallbacks()).containsExactly("no consent for GEMEENTE: lead is the RMT desk");
    }

    @Test
    void aReplacingOverrideIsTheRegionsWholeTable() {
        RoutingData data = new RoutingDataFixture().override("AM05.json", """
                {'region': 'AM05', 'leadRules': {'mode': 'REPLACE', 'rules': [
                  {'id': 'am05-everyone-to-uwv', 'text': 'everyone → UWV', 'when': {}, 'lead': {'partnerType': 'UWV'}}
                ]}}""").load();

        LeadAssignment lead = new Router(data).decide(aForm().build(), inRegion("AM05"), groups(ZZP)).lead();

        assertThat(lead.ruleId()).isEqualTo("am05-everyone-to-uwv");
        assertThat(lead.partner().id()).isEqualTo("uwv");
    }
}
