package nl.rmt.intake.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonitoredReorganisationTest {

    /** 1 to 31 March 2026, Dutch days: from 2026-02-28T23:00Z to 2026-03-31T22:00Z. */
    private static final ReportingPeriod MARCH = new ReportingPeriod(LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31));

    private static MonitoredReorganisation registered(Instant at, Instant closedAt, LocalDate validUntil) {
        return new MonitoredReorganisation("reo-1", "Drechtwerk Metaal BV", "C", 40, at, closedAt, validUntil);
    }

    @Test
    void registeredOnThePeriodsLastDutchDayIsOpenInItAndAfterItsEndIsNot() {
        LocalDate june = LocalDate.of(2026, 6, 30);

        assertThat(registered(Instant.parse("2026-03-31T21:59:59Z"), null, june).openDuring(MARCH)).isTrue();
        assertThat(registered(Instant.parse("2026-03-31T22:00:00Z"), null, june).openDuring(MARCH)).isFalse();
        assertThat(registered(Instant.parse("2026-03-31T22:00:00Z"), null, june).mayHaveCasesIn(MARCH)).isFalse();
    }

    @Test
    void closedOnThePeriodsFirstDutchDayIsOpenInItAndTheDayBeforeIsNot() {
        Instant registered = Instant.parse("2026-01-05T09:00:00Z");
        LocalDate june = LocalDate.of(2026, 6, 30);

        assertThat(registered(registered, Instant.parse("2026-02-28T23:00:00Z"), june).openDuring(MARCH)).isTrue();
        assertThat(registered(registered, Instant.parse("2026-02-28T22:59:59Z"), june).openDuring(MARCH)).isFalse();
    }

    @Test
    void anInvitationWhoseLastDayIsThePeriodsFirstIsOpenInItAndOneEndingTheDayBeforeIsNot() {
        Instant registered = Instant.parse("2026-01-05T09:00:00Z");

        assertThat(registered(registered, null, LocalDate.of(2026, 3, 1)).openDuring(MARCH)).isTrue();
        assertThat(registered(registered, null, LocalDate.of(2026, 2, 28)).openDuring(MARCH)).isFalse();
    }

    @Test
    void itsCasesAreReadAlsoADayPastItsClosingOrLastDayAndNoLonger() {
        Instant registered = Instant.parse("2026-01-05T09:00:00Z");

        assertThat(registered(registered, null, LocalDate.of(2026, 2, 28)).mayHaveCasesIn(MARCH)).isTrue();
        assertThat(registered(registered, null, LocalDate.of(2026, 2, 27)).mayHaveCasesIn(MARCH)).isFalse();
        assertThat(registered(registered, Instant.parse("2026-02-27T23:00:01Z"), LocalDate.of(2026, 6, 30))
                .mayHaveCasesIn(MARCH)).isTrue();
        assertThat(registered(registered, Instant.parse("2026-02-27T22:59:00Z"), LocalDate.of(2026, 6, 30))
                .mayHaveCasesIn(MARCH)).isFalse();
    }

    @Test
    void everyReorganisationOpenInThePeriodMayHaveCasesInIt() {
        Instant registered = Instant.parse("2026-01-05T09:00:00Z");
        for (int day = 20; day <= 28; day++) {
            for (int closedDay = 20; closedDay <= 28; closedDay++) {
                MonitoredReorganisation r = registered(registered,
                        Instant.parse("2026-02-" + closedDay + "T23:30:00Z"), LocalDate.of(2026, 2, day));
                assertThat(!r.openDuring(MARCH) || r.mayHaveCasesIn(MARCH)).isTrue();
            }
        }
    }
}
