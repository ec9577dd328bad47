package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.classification.TargetGroup.AT_RISK_EMPLOYEE;
import static nl.rmt.intake.domain.classification.TargetGroup.JOBSEEKER;
import static nl.rmt.intake.domain.classification.TargetGroup.YOUTH;
import static nl.rmt.intake.domain.classification.TargetGroup.ZZP;
import static nl.rmt.intake.domain.routing.Cases.groups;
import static nl.rmt.intake.domain.routing.Cases.inRegion;
import static nl.rmt.intake.domain.routing.IntakeForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;

class RouterLeadFallbackTest {

    private final Router router = new Router(RoutingData.loadDefault());

    @Test
    void withoutConsentForTheLeadsTypeTheRegionalDeskLeads() {
        LeadAssignment lead = router.decide(aForm().benefit(Benefit.WW).withoutConsentFor(PartnerType.UWV).build(),
                inRegion("AM18"), groups(JOBSEEKER)).lead();

        assertThat(lead.ruleId()).isEqualTo("national-4-ww");
        assertThat(lead.requestedType()).isEqualTo(PartnerType.UWV);
        assertThat(lead.partner().id()).isEqualTo("rmt-am18");
        assertThat(lead.fallbacks()).containsExactly("no consent for UWV: lead is the RMT desk");
    }

    @Test
    void consentForOtherTypesDoesNotMatterForTheLead() {
        LeadAssignment lead = router.decide(aForm()
                        .withoutConsentFor(PartnerType.UWV, PartnerType.GEMEENTE, PartnerType.ONDERWIJS, PartnerType.SCHULDHULP)
                        .build(),
                inRegion("AM18"), groups(AT_RISK_EMPLOYEE)).lead();

        assertThat(lead.partner().id()).isEqualTo("vakbonden");
        assertThat(lead.fallbacks()).isEmpty();
    }

    @Test
    void aRegionWithoutItsOwnPartnerOfTheTypeFallsBackToItsDesk() {
        LeadAssignment lead = router.decide(aForm().build(), inRegion("AM01"), groups(ZZP)).lead();

        assertThat(lead.ruleId()).isEqualTo("national-3-zzp");
        assertThat(lead.requestedType()).isEqualTo(PartnerType.GEMEENTE);
        assertThat(lead.partner().id()).isEqualTo("rmt-am01");
        assertThat(lead.fallbacks()).containsExactly("no GEMEENTE partner in region AM01: lead is the RMT desk");
    }

    @Test
    void aRegionWithoutItsOwnSchoolUsesTheNationalOneWithoutFallback() {
        LeadAssignment lead = router.decide(aForm().hasBasicQualification(false).build(), inRegion("AM01"), groups(YOUTH))
                .lead();

        assertThat(lead.partner().id()).isEqualTo("sbb");
        assertThat(lead.fallbacks()).isEmpty();
    }

    @Test
    void noConsentIsTheOnlyFallbackRecordedWhenTheRegionAlsoLacksThePartner() {
        LeadAssignment lead = router.decide(aForm().withoutConsentFor(PartnerType.GEMEENTE).build(), inRegion("AM01"),
                groups(ZZP)).lead();

        assertThat(lead.partner().id()).isEqualTo("rmt-am01");
        assertThat(lead.fallbacks()).containsExactly("no consent for GEMEENTE: lead is the RMT desk");
    }

    @Test
    void theRegionalDeskRuleNeedsNoConsent() {
        LeadAssignment lead = router.decide(aForm().withoutConsentFor(PartnerType.values()).build(), inRegion("AM18"),
                groups(JOBSEEKER)).lead();

        assertThat(lead.partner().id()).isEqualTo("rmt-am18");
        assertThat(lead.fallbacks()).isEmpty();
    }
}
