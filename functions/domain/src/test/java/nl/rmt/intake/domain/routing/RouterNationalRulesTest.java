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

import java.util.List;
import java.util.stream.Stream;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The national lead table of DOMAIN.md, in AM18 where every partner type has a partner of its own. */
class RouterNationalRulesTest {

    private final RoutingData data = RoutingData.loadDefault();
    private final Router router = new Router(data);

    static Stream<Arguments> eachRuleOnItsOwn() {
        return Stream.of(
                Arguments.of(List.of(JOBBANK), Benefit.WAJONG, true, "national-1-jobbank-wajong", PartnerType.UWV, "uwv"),
                Arguments.of(List.of(JOBBANK), Benefit.NONE, true, "national-2-jobbank", PartnerType.GEMEENTE, "am18-gemeente"),
                Arguments.of(List.of(ZZP), Benefit.NONE, true, "national-3-zzp", PartnerType.GEMEENTE, "am18-gemeente"),
                Arguments.of(List.of(JOBSEEKER), Benefit.WW, true, "national-4-ww", PartnerType.UWV, "uwv"),
                Arguments.of(List.of(JOBSEEKER), Benefit.BIJSTAND, true, "national-5-bijstand", PartnerType.GEMEENTE, "am18-gemeente"),
                Arguments.of(List.of(AT_RISK_EMPLOYEE), Benefit.NONE, true, "national-6-at-risk-employee", PartnerType.VAKBOND, "vakbonden"),
                Arguments.of(List.of(YOUTH), Benefit.NONE, false, "national-7-youth-without-basic-qualification", PartnerType.ONDERWIJS, "am18-onderwijs"),
                Arguments.of(List.of(YOUTH), Benefit.NONE, true, "national-8-youth", PartnerType.GEMEENTE, "am18-gemeente"),
                Arguments.of(List.of(JOBSEEKER), Benefit.NONE, true, "national-9-regional-desk", PartnerType.RMT, "rmt-am18"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("eachRuleOnItsOwn")
    void aCaseMeetingOnlyOneRuleIsLedByThatRulesPartner(List<TargetGroup> groups, Benefit benefit, boolean qualified,
            String ruleId, PartnerType type, String partnerId) {
        LeadAssignment lead = router.decide(aForm().benefit(benefit).hasBasicQualification(qualified).build(),
                inRegion("AM18"), groups(groups.toArray(TargetGroup[]::new))).lead();

        assertThat(lead.ruleId()).isEqualTo(ruleId);
        assertThat(lead.ruleSource()).isEqualTo(LeadRule.NATIONAL);
        assertThat(lead.requestedType()).isEqualTo(type);
        assertThat(lead.partner().id()).isEqualTo(partnerId);
        assertThat(lead.fallbacks()).isEmpty();
    }

    /** Each row also meets every later rule it can (a person has one benefit), so only order decides. */
    static Stream<Arguments> eachRuleBeforeTheLaterOnes() {
        List<TargetGroup> all = List.of(YOUTH, ZZP, JOBBANK, AT_RISK_EMPLOYEE, JOBSEEKER);
        return Stream.of(
                Arguments.of(all, Benefit.WAJONG, "national-1-jobbank-wajong"),
                Arguments.of(all, Benefit.WW, "national-2-jobbank"),
                Arguments.of(List.of(YOUTH, ZZP, AT_RISK_EMPLOYEE), Benefit.WW, "national-3-zzp"),
                Arguments.of(List.of(YOUTH, AT_RISK_EMPLOYEE), Benefit.WW, "national-4-ww"),
                Arguments.of(List.of(YOUTH, AT_RISK_EMPLOYEE), Benefit.BIJSTAND, "national-5-bijstand"),
                Arguments.of(List.of(YOUTH, AT_RISK_EMPLOYEE), Benefit.NONE, "national-6-at-risk-employee"),
                Arguments.of(List.of(YOUTH), Benefit.NONE, "national-7-youth-without-basic-qualification"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("eachRuleBeforeTheLaterOnes")
    void theFirstMatchingRuleWinsOverEveryLaterRule(List<TargetGroup> groups, Benefit benefit, String ruleId) {
        LeadAssignment lead = router.decide(aForm().benefit(benefit).hasBasicQualification(false).build(),
                inRegion("AM18"), groups(groups.toArray(TargetGroup[]::new))).lead();

        assertThat(lead.ruleId()).isEqualTo(ruleId);
    }

    @Test
    void benefitWajongWithoutTheJobbankGroupIsNotRuleOne() {
        LeadAssignment lead = router.decide(aForm().benefit(Benefit.WAJONG).build(), inRegion("AM18"), groups()).lead();

        assertThat(lead.ruleId()).isEqualTo("national-9-regional-desk");
    }

    @Test
    void benefitsNotNamedByAnyRuleFallThroughToTheDesk() {
        for (Benefit benefit : List.of(Benefit.NONE, Benefit.BBZ, Benefit.OTHER)) {
            LeadAssignment lead = router.decide(aForm().benefit(benefit).build(), inRegion("AM18"), groups(JOBSEEKER)).lead();

            assertThat(lead.ruleId()).as("benefit %s", benefit).isEqualTo("national-9-regional-desk");
        }
    }

    @Test
    void aCaseWithoutAnyGroupIsLedByTheRegionalDesk() {
        LeadAssignment lead = router.decide(aForm().build(), inRegion("AM05"), groups()).lead();

        assertThat(lead.partner().id()).isEqualTo("rmt-am05");
        assertThat(lead.partner().queue()).isEqualTo("desk-am05");
    }

    @Test
    void theLeadExplainsItselfWithTheRuleText() {
        LeadAssignment lead = router.decide(aForm().benefit(Benefit.WW).build(), inRegion("AM18"), groups(JOBSEEKER)).lead();

        assertThat(lead.ruleText()).isEqualTo("benefit WW → UWV");
    }

    @Test
    void theDecisionCarriesTheDataVersionRegionAndGroups() {
        var region = inRegion("AM18");
        var groups = groups(JOBSEEKER, YOUTH);

        RoutingDecision decision = router.decide(aForm().build(), region, groups);

        assertThat(decision.rulesVersion()).isEqualTo(data.version()).isNotBlank();
        assertThat(decision.region()).isEqualTo(region);
        assertThat(decision.groups()).isEqualTo(groups);
    }

    @Test
    void theSameInputAlwaysGivesTheSameDecision() {
        var form = aForm().benefit(Benefit.WW).needs().build();

        assertThat(router.decide(form, inRegion("AM23"), groups(JOBSEEKER, TargetGroup.DEBT)))
                .isEqualTo(router.decide(form, inRegion("AM23"), groups(JOBSEEKER, TargetGroup.DEBT)));
    }
}
