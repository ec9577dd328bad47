package nl.rmt.intake.domain.classification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Consent;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PersonalDetails;
import nl.rmt.intake.domain.form.Situation;
import nl.rmt.intake.domain.form.WorkStatus;

/** A validated form of an adult who fits no target group, with every classification input open to change. */
final class FormBuilder {

    String givenName = "Sanne";
    String familyName = "de Vries";
    LocalDate dateOfBirth = LocalDate.of(1980, 1, 1);
    WorkStatus workStatus = WorkStatus.OTHER;
    LocalDate workEndDate = null;
    Benefit benefit = Benefit.NONE;
    boolean inBanenafspraakRegister = false;
    boolean hasBasicQualification = true;
    boolean statusHolder = false;
    Set<Need> needs = EnumSet.noneOf(Need.class);

    static FormBuilder anAdultInNoGroup() {
        return new FormBuilder();
    }

    FormBuilder with(Consumer<FormBuilder> change) {
        change.accept(this);
        return this;
    }

    IntakeForm build() {
        return new IntakeForm(
                new PersonalDetails(givenName, familyName, "sanne@example.nl", "+31612345678", dateOfBirth,
                        "3511 AB", "GM0344", Language.NL),
                new Situation(workStatus, workEndDate, benefit, inBanenafspraakRegister, hasBasicQualification,
                        statusHolder),
                needs,
                new Consent(true, Set.of()),
                null);
    }
}
