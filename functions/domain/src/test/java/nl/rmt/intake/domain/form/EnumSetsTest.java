package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnumSetsTest {

    @Test
    void aCopyHoldsEachChoiceOnceInDeclarationOrderAndCannotBeChanged() {
        Set<Need> copy = EnumSets.immutableCopy(Need.class, List.of(Need.TRAINING, Need.WORK, Need.TRAINING));

        assertThat(copy).containsExactly(Need.WORK, Need.TRAINING);
        assertThatThrownBy(() -> copy.add(Need.DEBT_HELP)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyCopyIsEmpty() {
        assertThat(EnumSets.immutableCopy(Need.class, List.of())).isEmpty();
    }

    @Test
    void nullIsRefusedAsSetCopyOfRefusesIt() {
        assertThatThrownBy(() -> EnumSets.immutableCopy(Need.class, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EnumSets.immutableCopy(Need.class, Arrays.asList(Need.WORK, null)))
                .isInstanceOf(NullPointerException.class);
    }
}
