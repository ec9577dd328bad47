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
 * @param because   the rule's own reason in plain words, for a condition the explanation cannot put in words itself
 */
public record LeadRule(String id, String source, String text, RuleCondition when, PartnerType leadType,
        Optional<String> partnerId, Optional<Wording> because) {

    public static final String NATIONAL = "national";

    public LeadRule(String id, String source, String text, RuleCondition when, PartnerType leadType,
            Optional<String> partnerId) {
        this(id, source, text, when, leadType, partnerId, Optional.empty());
    }

    public boolean matches(IntakeForm form, Set<TargetGroup> presentGroups) {
        return when.matches(form, presentGroups);
    }
}
