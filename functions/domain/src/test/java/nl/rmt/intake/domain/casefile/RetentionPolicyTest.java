package nl.rmt.intake.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void closedCasesAreDueTheConfiguredNumberOfDaysAfterClosing() {
        assertThat(new RetentionPolicy(90, 365).closedBefore(NOW)).isEqualTo(Instant.parse("2026-08-24T02:00:00Z"));
    }

    @Test
    void openCasesAreDueAtTheirMaximumAge() {
        assertThat(new RetentionPolicy(90, 365).submittedBefore(NOW)).isEqualTo(Instant.parse("2025-11-22T02:00:00Z"));
    }

    @Test
    void zeroDaysAfterCloseMakesEveryClosedCaseDueAtTheNextRun() {
        assertThat(new RetentionPolicy(0, 365).closedBefore(NOW)).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0} days after close and a maximum age of {1} days are refused")
    @CsvSource({"-1, 365", "3651, 365", "90, 29", "90, 3651"})
    void settingsOutsideTheSensibleRangeAreRefused(int daysAfterClose, int maxAgeDays) {
        assertThatThrownBy(() -> new RetentionPolicy(daysAfterClose, maxAgeDays))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(daysAfterClose < 0 || daysAfterClose > 3650 ? daysAfterClose : maxAgeDays));
    }
}
