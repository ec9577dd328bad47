package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.IntakeForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.Benefit;
import org.junit.jupiter.api.Test;

class RuleConditionTest {

    @Test
    void theEmptyConditionMatchesEveryCase() {
        assertThat(RuleCondition.ALWAYS.isAlways()).isTrue();
        assertThat(RuleCondition.ALWAYS.matches(aForm().build(), Set.of())).isTrue();
    }

    @Test
    void everyNamedGroupMustBePresent() {
        RuleCondition condition = new RuleCondition(Set.of(TargetGroup.YOUTH, TargetGroup.ZZP), Set.of(), Optional.empty());

        assertThat(condition.matches(aForm().build(), Set.of(TargetGroup.YOUTH, TargetGroup.ZZP, TargetGroup.DEBT))).isTrue();
        assertThat(condition.matches(aForm().build(), Set.of(TargetGroup.YOUTH))).isFalse();
        assertThat(condition.isAlways()).isFalse();
    }

    @Test
    void theBenefitMustBeOneOfTheNamedBenefits() {
        RuleCondition condition = new RuleCondition(Set.of(), Set.of(Benefit.WW, Benefit.BIJSTAND), Optional.empty());

        assertThat(condition.matches(aForm().benefit(Benefit.WW).build(), Set.of())).isTrue();
        assertThat(condition.matches(aForm().benefit(Benefit.BIJSTAND).build(), Set.of())).isTrue();
        assertThat(condition.matches(aForm().benefit(Benefit.NONE).build(), Set.of())).isFalse();
    }

    @Test
    void theBasicQualificationFlagMustEqualTheNamedValue() {
        RuleCondition withoutQualification = new RuleCondition(Set.of(), Set.of(), Optional.of(false));

        assertThat(withoutQualification.matches(aForm().hasBasicQualification(false).build(), Set.of())).isTrue();
        assertThat(withoutQualification.matches(aForm().hasBasicQualification(true).build(), Set.of())).isFalse();
    }

    @Test
    void allGivenConditionsMustHoldTogether() {
        RuleCondition condition = new RuleCondition(Set.of(TargetGroup.JOBBANK), Set.of(Benefit.WAJONG), Optional.empty());

        assertThat(condition.matches(aForm().benefit(Benefit.WAJONG).build(), Set.of(TargetGroup.JOBBANK))).isTrue();
        assertThat(condition.matches(aForm().benefit(Benefit.NONE).build(), Set.of(TargetGroup.JOBBANK))).isFalse();
        assertThat(condition.matches(aForm().benefit(Benefit.WAJONG).build(), Set.of())).isFalse();
    }
}
