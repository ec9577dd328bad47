package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.classification.TargetGroup.AT_RISK_EMPLOYEE;
import static nl.rmt.intake.domain.classification.TargetGroup.JOBBANK;
import static nl.rmt.intake.domain.classification.TargetGroup.JOBSEEKER;
import static nl.rmt.intake.domain.classification.TargetGroup.YOUTH;
import static nl.rmt.intake.domain.classification.TargetGroup.ZZP;
import static nl.rmt.intake.domain.routing.Cases.groups;
import static nl.rmt.intake.domain.routing.Cases.inRegion;
import static nl.rmt.intake.domain.routing.IntakeForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.region.RegionResolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Routing a case again after its lead handed it back: the next matching rule whose partner did not reject it. */
class RouterNextLeadTest {

    private final Router router = new Router(RoutingData.loadDefault());

    private final IntakeForm wajong = aForm().benefit(Benefit.WAJONG).build();
    private final List<GroupAssignment> jobbank = groups(JOBBANK);

    @Test
    void aJobbankWajongCaseRejectedByUwvGoesToTheMunicipality() {
        LeadAssignment lead = router.nextLead(wajong, inRegion("AM18"), jobbank, Set.of("uwv"));

        assertThat(lead.ruleId()).isEqualTo("national-2-jobbank");
        assertThat(lead.requestedType()).isEqualTo(PartnerType.GEMEENTE);
        assertThat(lead.partner().id()).isEqualTo("am18-gemeente");
        assertThat(lead.fallbacks()).containsExactly("uwv handed the case back");
    }

    @Test
    void rejectedByUwvAndThenByTheMunicipalityTheDeskLeads() {
        LeadAssignment lead = router.nextLead(wajong, inRegion("AM18"), jobbank, Set.of("uwv", "am18-gemeente"));

        assertThat(lead.ruleId()).isEqualTo("national-9-regional-desk");
        assertThat(lead.partner().id()).isEqualTo("rmt-am18");
        assertThat(lead.fallbacks()).containsExactly("uwv handed the case back", "am18-gemeente handed the case back");
    }

    @Test
    void theZzpProjectRejectingInNoordoostBrabantHandsTheCaseToTheNationalZzpRule() {
        LeadAssignment lead = router.nextLead(aForm().build(), inRegion("AM27"), groups(ZZP), Set.of("am27-zzp-project"));

        assertThat(lead.ruleId()).isEqualTo("national-3-zzp");
        assertThat(lead.ruleSource()).isEqualTo(LeadRule.NATIONAL);
        assertThat(lead.partner().id()).isEqualTo("am27-gemeente");
        assertThat(lead.fallbacks()).containsExactly("am27-zzp-project handed the case back");
    }

    @Test
    void withoutConsentForTheNextRulesTypeTheDeskLeads() {
        IntakeForm noMunicipality = aForm().benefit(Benefit.WAJONG).withoutConsentFor(PartnerType.GEMEENTE).build();

        LeadAssignment lead = router.nextLead(noMunicipality, inRegion("AM18"), jobbank, Set.of("uwv"));

        assertThat(lead.ruleId()).isEqualTo("national-2-jobbank");
        assertThat(lead.partner().id()).isEqualTo("rmt-am18");
        assertThat(lead.fallbacks()).containsExactly("uwv handed the case back",
                "no consent for GEMEENTE: lead is the RMT desk");
    }

    @Test
    void aRegionWithoutThePartnerTypeStillFallsBackToItsDesk() {
        LeadAssignment lead = router.nextLead(aForm().build(), inRegion("AM01"), groups(JOBBANK, ZZP), Set.of("uwv"));

        assertThat(lead.ruleId()).isEqualTo("national-2-jobbank");
        assertThat(lead.partner().id()).isEqualTo("rmt-am01");
        assertThat(lead.fallbacks()).containsExactly("no GEMEENTE partner in region AM01: lead is the RMT desk");
    }

    @Test
    void theDeskIsNeverExcludedBecauseItCannotReject() {
        LeadAssignment lead = router.nextLead(aForm().build(), inRegion("AM18"), groups(JOBSEEKER), Set.of("rmt-am18"));

        assertThat(lead.partner().id()).isEqualTo("rmt-am18");
        assertThat(lead.fallbacks()).isEmpty();
    }

    @Test
    void aPartnerChosenByTwoRulesIsPassedOverOnceInTheExplanation() {
        LeadAssignment lead = router.nextLead(aForm().build(), inRegion("AM18"), groups(JOBBANK, ZZP),
                Set.of("am18-gemeente"));

        assertThat(lead.partner().id()).isEqualTo("rmt-am18");
        assertThat(lead.fallbacks()).containsExactly("am18-gemeente handed the case back");
    }

    @Test
    void excludingAPartnerTheRulesDidNotChooseChangesNothing() {
        IntakeForm ww = aForm().benefit(Benefit.WW).build();

        LeadAssignment lead = router.nextLead(ww, inRegion("AM18"), groups(AT_RISK_EMPLOYEE), Set.of("am18-gemeente"));

        assertThat(lead).isEqualTo(router.decide(ww, inRegion("AM18"), groups(AT_RISK_EMPLOYEE)).lead());
        assertThat(lead.partner().id()).isEqualTo("uwv");
    }

    @Test
    void whenEveryRulesPartnerRejectedTheDeskLeadsUnderTheLastMatchingRule() {
        RoutingData data = new RoutingDataFixture().override("AM05.json", """
                {'region': 'AM05', 'leadRules': {'mode': 'REPLACE', 'rules': [
                  {'id': 'am05-everyone-to-uwv', 'text': 'everyone → UWV', 'when': {}, 'lead': {'partnerType': 'UWV'}}
                ]}}""").load();

        LeadAssignment lead = new Router(data).nextLead(aForm().build(), inRegion("AM05"), groups(ZZP), Set.of("uwv"));

        assertThat(lead.ruleId()).isEqualTo("am05-everyone-to-uwv");
        assertThat(lead.requestedType()).isEqualTo(PartnerType.UWV);
        assertThat(lead.partner().id()).isEqualTo("rmt-am05");
        assertThat(lead.fallbacks()).containsExactly("uwv handed the case back",
                "every partner the rules chose handed the case back: lead is the RMT desk");
    }

    @Test
    void theExcludedPartnersMustBeGivenEvenWhenThereAreNone() {
        assertThatThrownBy(() -> router.nextLead(wajong, inRegion("AM18"), jobbank, null))
                .isInstanceOf(NullPointerException.class);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(aForm().benefit(Benefit.WAJONG).build(), inRegion("AM18"), groups(JOBBANK)),
                Arguments.of(aForm().build(), inRegion("AM27"), groups(ZZP, JOBBANK)),
                Arguments.of(aForm().benefit(Benefit.WW).withoutConsentFor(PartnerType.UWV).build(), inRegion("AM18"),
                        groups(JOBSEEKER)),
                Arguments.of(aForm().build(), inRegion("AM01"), groups(ZZP)),
                Arguments.of(aForm().hasBasicQualification(false).build(), inRegion("AM13"), groups(YOUTH)),
                Arguments.of(aForm().build(), inRegion("AM23"), groups(JOBSEEKER)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void withNobodyExcludedTheNextLeadIsTheLeadOfTheIntakeDecision(IntakeForm form, RegionResolution region,
            List<GroupAssignment> groups) {
        assertThat(router.nextLead(form, region, groups, Set.of())).isEqualTo(router.decide(form, region, groups).lead());
    }
}
