package nl.rmt.intake.domain.form;

import java.util.Set;
import nl.rmt.intake.domain.reorganisation.ReorganisationContext;

/**
 * A validated intake form: every value is well-formed and normalised.
 *
 * @param remarks        as read from the request's body (see {@link JsonText}); null without any
 * @param reorganisation the reorganisation whose (valid) invitation the form came with; null without one
 */
public record IntakeForm(PersonalDetails person, Situation situation, Set<Need> needs, Consent consent,
        JsonText remarks, ReorganisationContext reorganisation) {

    public IntakeForm(PersonalDetails person, Situation situation, Set<Need> needs, Consent consent, String remarks) {
        this(person, situation, needs, consent, JsonText.of(remarks), null);
    }

    /** The same form, marked as having come through the reorganisation's invitation. */
    public IntakeForm withReorganisation(ReorganisationContext context) {
        return new IntakeForm(person, situation, needs, consent, remarks, context);
    }

    public IntakeForm {
        needs = EnumSets.immutableCopy(Need.class, needs);
        remarks = remarks == null || remarks.isBlank() ? null : remarks;
    }
}
