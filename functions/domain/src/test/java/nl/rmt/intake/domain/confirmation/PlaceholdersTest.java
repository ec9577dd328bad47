package nl.rmt.intake.domain.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void everyPlaceholderIsFilled() {
        assertThat(Placeholders.fill("{a} and {b}, {a}", Map.of("a", "1", "b", "2"))).isEqualTo("1 and 2, 1");
    }

    @Test
    void insertedValuesAreNotFilledAgain() {
        assertThat(Placeholders.fill("{a}", Map.of("a", "{b}", "b", "secret"))).isEqualTo("{b}");
    }

    @Test
    void onlyTheTextAroundPlaceholdersGoesThroughTheLiteralTransformation() {
        assertThat(Placeholders.fill("<{a}>", Map.of("a", "<b>"), Html::escape)).isEqualTo("&lt;<b>&gt;");
    }

    @Test
    void aPlaceholderWithoutValueIsAProgrammingError() {
        assertThatThrownBy(() -> Placeholders.fill("{missing}", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{missing}");
    }
}
