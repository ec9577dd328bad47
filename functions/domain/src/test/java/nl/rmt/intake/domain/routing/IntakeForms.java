package nl.rmt.intake.domain.routing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Consent;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.PersonalDetails;
import nl.rmt.intake.domain.form.Situation;
import nl.rmt.intake.domain.form.WorkStatus;

/** Intake forms for routing tests: a complete form with consent for every partner type, changed one aspect at a time. */
final class IntakeForms {

    private PersonalDetails person = new PersonalDetails("Noor", "de Vries", "noor@example.org", "+31612345678",
            LocalDate.of(1985, 4, 12), "1012 AB", "GM0363", Language.NL);
    private WorkStatus workStatus = WorkStatus.OTHER;
    private LocalDate workEndDate;
    private Benefit benefit = Benefit.NONE;
    private boolean hasBasicQualification = true;
    private Set<Need> needs = EnumSet.of(Need.WORK);
    private Set<PartnerType> consent = EnumSet.allOf(PartnerType.class);
    private String remarks = "Ik wil graag in de zorg werken.";

    static IntakeForms aForm() {
        return new IntakeForms();
    }

    IntakeForms person(PersonalDetails person) {
        this.person = person;
        return this;
    }

    IntakeForms workStatus(WorkStatus workStatus) {
        this.workStatus = workStatus;
        return this;
    }

    IntakeForms workEndDate(LocalDate workEndDate) {
        this.workEndDate = workEndDate;
        return this;
    }

    IntakeForms benefit(Benefit benefit) {
        this.benefit = benefit;
        return this;
    }

    IntakeForms hasBasicQualification(boolean hasBasicQualification) {
        this.hasBasicQualification = hasBasicQualification;
        return this;
    }

    IntakeForms needs(Need... needs) {
        this.needs = needs.length == 0 ? EnumSet.noneOf(Need.class) : EnumSet.of(needs[0], needs);
        return this;
    }

    IntakeForms withoutConsentFor(PartnerType... types) {
        for (PartnerType type : types) {
            consent.remove(type);
        }
        return this;
    }

    IntakeForms remarks(String remarks) {
        this.remarks = remarks;
        return this;
    }

    IntakeForm build() {
        return new IntakeForm(person, new Situation(workStatus, workEndDate, benefit, false, hasBasicQualification, false),
                needs, new Consent(true, consent), remarks);
    }
}
