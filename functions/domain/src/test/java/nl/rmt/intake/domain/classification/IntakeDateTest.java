package nl.rmt.intake.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntakeDateTest {

    @ParameterizedTest(name = "{0} is {1} in Amsterdam")
    @CsvSource({
            "2026-01-15T22:59:59Z, 2026-01-15",
            "2026-01-15T23:00:00Z, 2026-01-16",
            "2026-07-01T21:59:59Z, 2026-07-01",
            "2026-07-01T22:00:00Z, 2026-07-02",
            "2026-03-10T23:30:00Z, 2026-03-11",
            "2026-03-11T00:30:00Z, 2026-03-11",
            "2026-12-31T23:00:00Z, 2027-01-01"
    })
    void startsTheDayAtMidnightAmsterdamTimeNotUtc(Instant now, LocalDate intakeDate) {
        assertThat(IntakeDate.intakeDate(now)).isEqualTo(intakeDate);
    }

    @ParameterizedTest(name = "{0} is {1} in Amsterdam")
    @CsvSource({
            "2026-03-28T22:59:59Z, 2026-03-28",
            "2026-03-28T23:00:00Z, 2026-03-29",
            "2026-03-29T22:00:00Z, 2026-03-30",
            "2026-10-24T21:59:59Z, 2026-10-24",
            "2026-10-24T22:00:00Z, 2026-10-25",
            "2026-10-25T22:59:59Z, 2026-10-25",
            "2026-10-25T23:00:00Z, 2026-10-26"
    })
    void followsTheSwitchToAndFromSummerTime(Instant now, LocalDate intakeDate) {
        assertThat(IntakeDate.intakeDate(now)).isEqualTo(intakeDate);
    }

    @Test
    void usesTheAmsterdamTimeZone() {
        assertThat(IntakeDate.ZONE).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }
}
