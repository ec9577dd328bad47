package nl.rmt.intake.domain.routing;

import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.IntakeForm;

/**
 * When a lead rule applies. Every given condition must hold, so a condition with nothing given always matches.
 *
 * @param groups                all of these target groups are present (empty: no condition)
 * @param benefits              the benefit is one of these (empty: no condition)
 * @param hasBasicQualification the self-reported basic qualification flag equals this (empty: no condition)
 * @param reorganisation        whether the case came through an employer's reorganisation (empty: no condition)
 */
public record RuleCondition(Set<TargetGroup> groups, Set<Benefit> benefits, Optional<Boolean> hasBasicQualification,
        Optional<Boolean> reorganisation) {

    public static final RuleCondition ALWAYS = new RuleCondition(Set.of(), Set.of(), Optional.empty());

    public RuleCondition(Set<TargetGroup> groups, Set<Benefit> benefits, Optional<Boolean> hasBasicQualification) {
        this(groups, benefits, hasBasicQualification, Optional.empty());
    }

    public RuleCondition {
        groups = Set.copyOf(groups);
        benefits = Set.copyOf(benefits);
    }

    public boolean isAlways() {
        return groups.isEmpty() && benefits.isEmpty() && hasBasicQualification.isEmpty() && reorganisation.isEmpty();
    }

    public boolean matches(IntakeForm form, Set<TargetGroup> presentGroups) {
        for (TargetGroup group : groups) {
            if (!presentGroups.contains(group)) {
                return false;
            }
        }
        return (benefits.isEmpty() || benefits.contains(form.situation().benefit()))
                && (hasBasicQualification.isEmpty()
                        || hasBasicQualification.get() == form.situation().hasBasicQualification())
                && (reorganisation.isEmpty() || reorganisation.get() == (form.reorganisation() != null));
    }
}
