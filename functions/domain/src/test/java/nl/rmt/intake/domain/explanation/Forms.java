package nl.rmt.intake.domain.explanation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Consent;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.PersonalDetails;
import nl.rmt.intake.domain.form.Situation;
import nl.rmt.intake.domain.form.WorkStatus;
import nl.rmt.intake.domain.reorganisation.ReorganisationContext;
import nl.rmt.intake.domain.routing.RoutingDecision;

/** A form of a 40-year-old with every consent, changed one aspect at a time, and its decision on a fixed day. */
final class Forms {

    static final IntakeTriage TRIAGE = IntakeTriage.loadDefault();
    static final LocalDate INTAKE_DATE = LocalDate.of(2026, 3, 2);

    private String homeMunicipality;
    private WorkStatus workStatus = WorkStatus.UNEMPLOYED;
    private Benefit benefit = Benefit.NONE;
    private boolean statusHolder;
    private Set<Need> needs = EnumSet.noneOf(Need.class);
    private final Set<PartnerType> consent = EnumSet.allOf(PartnerType.class);
    private ReorganisationContext reorganisation;

    static Forms aForm() {
        return new Forms();
    }

    Forms livingIn(String municipality) {
        this.homeMunicipality = municipality;
        return this;
    }

    Forms workStatus(WorkStatus workStatus) {
        this.workStatus = workStatus;
        return this;
    }

    Forms benefit(Benefit benefit) {
        this.benefit = benefit;
        return this;
    }

    Forms statusHolder() {
        this.statusHolder = true;
        return this;
    }

    Forms needs(Need... needs) {
        this.needs = EnumSet.noneOf(Need.class);
        this.needs.addAll(Set.of(needs));
        return this;
    }

    Forms withoutConsentFor(PartnerType... types) {
        consent.removeAll(Set.of(types));
        return this;
    }

    Forms throughReorganisation() {
        this.reorganisation = new ReorganisationContext("reo-test", "Drechtwerk Metaal BV", "12345678", "C",
                LocalDate.of(2027, 3, 1));
        return this;
    }

    IntakeForm build() {
        return new IntakeForm(
                new PersonalDetails("Noor", "de Vries", "noor@example.org", null, LocalDate.of(1986, 1, 15), null,
                        homeMunicipality, Language.NL),
                new Situation(workStatus, null, benefit, false, true, statusHolder),
                needs, new Consent(true, consent), null, reorganisation);
    }

    /** @param deskRegion the region whose form was used; the case's region when no municipality is given */
    RoutingDecision decisionAt(String deskRegion) {
        return TRIAGE.decide(build(), deskRegion, INTAKE_DATE);
    }
}
