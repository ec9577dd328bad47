package nl.rmt.intake.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private static ReportingPeriod period(String from, String to) {
        return new ReportingPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void inWinterADutchDayStartsAtElevenPmUtcTheDayBefore() {
        ReportingPeriod january = period("2026-01-01", "2026-01-31");

        assertThat(january.start()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        assertThat(january.end()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
    }

    @Test
    void inSummerADutchDayStartsAtTenPmUtcTheDayBefore() {
        ReportingPeriod july = period("2026-07-01", "2026-07-31");

        assertThat(july.start()).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(july.end()).isEqualTo(Instant.parse("2026-07-31T22:00:00Z"));
    }

    @Test
    void anIntakeJustAfterDutchMidnightBelongsToTheNewDayThoughUtcIsStillOnTheOldOne() {
        ReportingPeriod newYearsDay = period("2026-01-01", "2026-01-01");

        assertThat(newYearsDay.contains(Instant.parse("2025-12-31T23:00:00Z"))).isTrue();
        assertThat(newYearsDay.contains(Instant.parse("2025-12-31T22:59:59.999Z"))).isFalse();
        assertThat(newYearsDay.contains(Instant.parse("2026-01-01T22:59:59.999Z"))).isTrue();
        assertThat(newYearsDay.contains(Instant.parse("2026-01-01T23:00:00Z"))).isFalse();
    }

    @Test
    void theDayTheClocksGoForwardHas23HoursAndTheDayTheyGoBack25() {
        ReportingPeriod springForward = period("2026-03-29", "2026-03-29");
        ReportingPeriod fallBack = period("2026-10-25", "2026-10-25");

        assertThat(Duration.between(springForward.start(), springForward.end())).isEqualTo(Duration.ofHours(23));
        assertThat(springForward.start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(Duration.between(fallBack.start(), fallBack.end())).isEqualTo(Duration.ofHours(25));
        assertThat(fallBack.end()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    }

    @Test
    void aPeriodAcrossTheChangeToSummerTimeEndsOnSummerTimeMidnight() {
        ReportingPeriod march = period("2026-03-01", "2026-03-31");

        assertThat(march.start()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void bothDatesAreIncludedSoOneDayIsAPeriodOfOneDay() {
        assertThat(period("2026-05-04", "2026-05-04").days()).isEqualTo(1);
        assertThat(period("2028-01-01", "2028-12-31").days()).isEqualTo(366);
    }

    @Test
    void aPeriodEndingBeforeItStartsOrLongerThan366DaysIsNoPeriod() {
        assertThatThrownBy(() -> period("2026-05-04", "2026-05-03")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> period("2026-01-01", "2027-01-02")).isInstanceOf(IllegalArgumentException.class);
    }
}
