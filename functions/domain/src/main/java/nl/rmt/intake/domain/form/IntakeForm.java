package nl.rmt.intake.domain.form;

import java.util.Set;

/** A validated intake form: every value is well-formed and normalised. */
public record IntakeForm(PersonalDetails person, Situation situation, Set<Need> needs, Consent consent, String remarks) {

    public IntakeForm {
        needs = EnumSets.immutableCopy(Need.class, needs);
        remarks = remarks == null || remarks.isBlank() ? null : remarks;
    }
}
