package nl.rmt.intake.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SortableInstantTest {

    @Test
    void sortsAWholeSecondBeforeTheMillisecondsAfterIt() {
        String whole = SortableInstant.of(Instant.parse("2026-11-22T09:00:00Z"));
        String later = SortableInstant.of(Instant.parse("2026-11-22T09:00:00.123Z"));

        assertThat(whole).isEqualTo("2026-11-22T09:00:00.000Z");
        assertThat(whole.compareTo(later)).isNegative();
    }
}
