package nl.rmt.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Consent;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.PersonalDetails;
import nl.rmt.intake.domain.form.Situation;
import nl.rmt.intake.domain.form.WorkStatus;
import nl.rmt.intake.domain.region.RegionResolution;
import nl.rmt.intake.domain.routing.LeadAssignment;
import org.junit.jupiter.api.Test;

class IntakeTriageTest {

    private static final IntakeTriage TRIAGE = IntakeTriage.loadDefault();
    /** The day before the citizen turns 27, the youth age limit in Groot Amsterdam. */
    private static final LocalDate INTAKE_DATE = LocalDate.of(2026, 5, 31);

    private final IntakeForm wajongInAmsterdam = new IntakeForm(
            new PersonalDetails("Noor", "de Vries", "noor@example.org", null, LocalDate.of(1999, 6, 1), null, "GM0363",
                    Language.NL),
            new Situation(WorkStatus.UNEMPLOYED, null, Benefit.WAJONG, true, true, false),
            Set.of(Need.WORK), new Consent(true, EnumSet.allOf(PartnerType.class)), null);

    @Test
    void theNextLeadAfterUwvHandedTheCaseBackIsTheMunicipality() {
        LeadAssignment lead = TRIAGE.nextLead(wajongInAmsterdam, "AM18", INTAKE_DATE, Set.of("uwv"));

        assertThat(TRIAGE.decide(wajongInAmsterdam, "AM18", INTAKE_DATE).lead().partner().id()).isEqualTo("uwv");
        assertThat(lead.partner().id()).isEqualTo("am18-gemeente");
        assertThat(lead.fallbacks()).containsExactly("uwv handed the case back");
    }

    @Test
    void targetGroupsAreJudgedOnTheIntakeDateSoABirthdaySinceThenChangesNothing() {
        RegionResolution region = TRIAGE.region(wajongInAmsterdam, "AM18");

        assertThat(TRIAGE.targetGroups(wajongInAmsterdam, region, INTAKE_DATE)).extracting(GroupAssignment::group)
                .contains(TargetGroup.YOUTH);
        assertThat(TRIAGE.targetGroups(wajongInAmsterdam, region, INTAKE_DATE.plusDays(1))).extracting(GroupAssignment::group)
                .doesNotContain(TargetGroup.YOUTH);
    }

    @Test
    void theCaseRegionIsTheHomeMunicipalitysEvenFromAnotherDesk() {
        RegionResolution region = TRIAGE.region(wajongInAmsterdam, "AM13");

        assertThat(region.caseRegion().code()).isEqualTo("AM18");
        assertThat(region.deskRegion().code()).isEqualTo("AM13");
    }

    @Test
    void decidingIsRoutingTheRegionAndTargetGroupsOfTheIntake() {
        RegionResolution region = TRIAGE.region(wajongInAmsterdam, "AM18");

        assertThat(TRIAGE.decide(wajongInAmsterdam, "AM18", INTAKE_DATE)).isEqualTo(TRIAGE.router()
                .decide(wajongInAmsterdam, region, TRIAGE.targetGroups(wajongInAmsterdam, region, INTAKE_DATE)));
    }
}
