package nl.rmt.intake.domain.routing;

import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * One row of a lead rule table.
 *
 * @param source    {@link #NATIONAL} or the code of the region whose override defines the rule
 * @param text      the rule in words, for explanations, e.g. "benefit WW → UWV"
 * @param leadType  the partner type that leads
 * @param partnerId a specific partner to lead instead of resolving {@code leadType} in the case region
 */
public record LeadRule(String id, String source, String text, RuleCondition when, PartnerType leadType, Optional<String> partnerId) {

    public static final String NATIONAL = "national";

    public boolean matches(IntakeForm form, Set<TargetGroup> presentGroups) {
        return when.matches(form, presentGroups);
    }
}
