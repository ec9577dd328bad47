package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.classification.TargetGroup.AT_RISK_EMPLOYEE;
import static nl.rmt.intake.domain.classification.TargetGroup.JOBBANK;
import static nl.rmt.intake.domain.routing.Cases.groups;
import static nl.rmt.intake.domain.routing.Cases.inRegion;
import static nl.rmt.intake.domain.routing.IntakeForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.WorkStatus;
import nl.rmt.intake.domain.reorganisation.ReorganisationContext;
import org.junit.jupiter.api.Test;

/**
 * A case that came through an employer's reorganisation is led by the unions' work-to-work service, or where a region
 * names another lead (Drechtsteden, AM23: UWV's employer services), by that one.
 */
class RouterReorganisationTest {

    private static final ReorganisationContext DRECHTWERK = new ReorganisationContext(
            "reo-5c1f9a2e-7b3d-4e8f-a6c1-2d9e0b4f7a35", "Drechtwerk Metaal BV", "12345678", "C",
            LocalDate.of(2027, 3, 1));

    private final Router router = new Router(RoutingData.loadDefault());

    private static IntakeForm throughTheInvitation(IntakeForms form) {
        return form.workStatus(WorkStatus.AT_RISK).build().withReorganisation(DRECHTWERK);
    }

    @Test
    void byDefaultTheUnionsWorkToWorkServiceLeadsAReorganisationsCaseBeforeAnyOtherRule() {
        LeadAssignment lead = router.decide(throughTheInvitation(aForm()), inRegion("AM18"),
                groups(JOBBANK, AT_RISK_EMPLOYEE)).lead();

        assertThat(lead.ruleId()).isEqualTo("national-0-reorganisation");
        assertThat(lead.partner().id()).isEqualTo("vakbonden");
    }

    @Test
    void drechtstedenNamesUwvsEmployerServicesForItsReorganisations() {
        LeadAssignment lead = router.decide(throughTheInvitation(aForm()), inRegion("AM23"),
                groups(AT_RISK_EMPLOYEE)).lead();

        assertThat(lead.ruleId()).isEqualTo("am23-reorganisation-employer-services");
        assertThat(lead.ruleSource()).isEqualTo("AM23");
        assertThat(lead.partner().id()).isEqualTo("uwv");
        assertThat(lead.fallbacks()).isEmpty();
    }

    @Test
    void theSameEmployeeWithoutTheInvitationFollowsTheUsualRules() {
        LeadAssignment lead = router.decide(aForm().workStatus(WorkStatus.AT_RISK).build(), inRegion("AM23"),
                groups(AT_RISK_EMPLOYEE)).lead();

        assertThat(lead.ruleId()).isEqualTo("national-6-at-risk-employee");
        assertThat(lead.partner().id()).isEqualTo("vakbonden");
    }

    @Test
    void consentWithheldFromTheReorganisationsLeadFallsBackToTheRegionsDesk() {
        LeadAssignment drechtsteden = router.decide(throughTheInvitation(aForm().withoutConsentFor(PartnerType.UWV)),
                inRegion("AM23"), groups(AT_RISK_EMPLOYEE)).lead();
        LeadAssignment amsterdam = router.decide(
                throughTheInvitation(aForm().withoutConsentFor(PartnerType.VAKBOND)), inRegion("AM18"),
                groups(AT_RISK_EMPLOYEE)).lead();

        assertThat(drechtsteden.ruleId()).isEqualTo("am23-reorganisation-employer-services");
        assertThat(drechtsteden.partner().id()).isEqualTo("rmt-am23");
        assertThat(drechtsteden.fallbacks()).isNotEmpty();
        assertThat(amsterdam.partner().type()).isEqualTo(PartnerType.RMT);
    }

    @Test
    void aLeadThatHandsTheCaseBackIsFollowedByTheNextMatchingRule() {
        LeadAssignment next = router.nextLead(throughTheInvitation(aForm()), inRegion("AM23"),
                groups(AT_RISK_EMPLOYEE), java.util.Set.of("uwv"));

        assertThat(next.partner().id()).isEqualTo("vakbonden");
    }
}
