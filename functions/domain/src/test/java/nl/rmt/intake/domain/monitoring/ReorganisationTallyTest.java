package nl.rmt.intake.domain.monitoring;

import static nl.rmt.intake.domain.casefile.CaseStatus.ACCEPTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.CLOSED;
import static nl.rmt.intake.domain.casefile.CaseStatus.CONTACTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.ESCALATED;
import static nl.rmt.intake.domain.casefile.CaseStatus.ROUTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.domain.reorganisation.FunnelCase;
import nl.rmt.intake.domain.reorganisation.Sectors;
import org.junit.jupiter.api.Test;

class ReorganisationTallyTest {

    private static final Sectors SECTORS = Sectors.loadDefault();
    private static final ReportingPeriod MARCH = new ReportingPeriod(LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31));
    private static final Instant FEBRUARY = Instant.parse("2026-02-10T09:00:00Z");

    private static MonitoredReorganisation open(String id, String employer, String sector, int jobs) {
        return new MonitoredReorganisation(id, employer, sector, jobs, FEBRUARY, null, LocalDate.of(2026, 6, 30));
    }

    private static FunnelCase c(nl.rmt.intake.domain.casefile.CaseStatus status, Outcome outcome) {
        return new FunnelCase(status, outcome);
    }

    @Test
    void aReorganisationsFunnelCountsIntakesWithdrawnIncludedAndApplicationsWithout() {
        ReorganisationTally tally = new ReorganisationTally();
        tally.add(open("reo-1", "Drechtwerk Metaal BV", "C", 40), MARCH, List.of(
                c(ACCEPTED, null), c(CONTACTED, null), c(CLOSED, Outcome.WORK), c(CLOSED, Outcome.TRAINING),
                c(CLOSED, Outcome.NO_SHOW), c(ESCALATED, null), c(ROUTED, null), c(WITHDRAWN, null)));

        ReorganisationFunnel funnel = tally.counts(SECTORS).byReorganisation().get(0).funnel();

        assertThat(funnel).isEqualTo(new ReorganisationFunnel(40, 8, 7, 2, 1, 1, 3));
    }

    @Test
    void twoReorganisationsOfOneSectorAddUpInTheSectorAndBothAreListedByEmployerName() {
        ReorganisationTally tally = new ReorganisationTally();
        tally.add(open("reo-2", "Zwijndrecht Staal BV", "C", 30), MARCH, List.of(c(ROUTED, null)));
        tally.add(open("reo-1", "Alblas Werf BV", "C", 10), MARCH, List.of(c(CLOSED, Outcome.WORK)));
        tally.add(open("reo-3", "Dordt Logistiek BV", "H", 25), MARCH, List.of());

        PreventiveCounts counts = tally.counts(SECTORS);

        assertThat(counts.byReorganisation()).extracting(ReorganisationCounts::employerName)
                .containsExactly("Alblas Werf BV", "Dordt Logistiek BV", "Zwijndrecht Staal BV");
        assertThat(counts.bySector()).containsExactly(
                new SectorCounts("C", "Industrie", 2, new ReorganisationFunnel(40, 2, 2, 0, 1, 0, 1)),
                new SectorCounts("H", "Vervoer en opslag", 1, ReorganisationFunnel.NONE.plus(
                        new ReorganisationFunnel(25, 0, 0, 0, 0, 0, 0))));
        assertThat(counts.reorganisations()).isEqualTo(3);
        assertThat(counts.funnel()).isEqualTo(new ReorganisationFunnel(65, 2, 2, 0, 1, 0, 1));
    }

    @Test
    void aClosedReorganisationStillCountsItsCasesAndSaysItIsClosed() {
        ReorganisationTally tally = new ReorganisationTally();
        tally.add(new MonitoredReorganisation("reo-1", "Drechtwerk Metaal BV", "C", 40, FEBRUARY,
                Instant.parse("2026-03-05T10:00:00Z"), LocalDate.of(2026, 6, 30)), MARCH,
                List.of(c(CLOSED, Outcome.TRAINING)));

        ReorganisationCounts counted = tally.counts(SECTORS).byReorganisation().get(0);

        assertThat(counted.status()).isEqualTo("CLOSED");
        assertThat(counted.funnel().toTraining()).isEqualTo(1);
    }

    @Test
    void aReorganisationNotOpenInThePeriodIsLeftOutUnlessACaseCameThroughItThen() {
        MonitoredReorganisation closedBefore = new MonitoredReorganisation("reo-1", "Drechtwerk Metaal BV", "C", 40,
                FEBRUARY, Instant.parse("2026-02-20T10:00:00Z"), LocalDate.of(2026, 6, 30));
        ReorganisationTally empty = new ReorganisationTally();
        ReorganisationTally withACase = new ReorganisationTally();

        empty.add(closedBefore, MARCH, List.of());
        withACase.add(closedBefore, MARCH, List.of(c(ROUTED, null)));

        assertThat(empty.counts(SECTORS).reorganisations()).isZero();
        assertThat(empty.counts(SECTORS).bySector()).isEmpty();
        assertThat(withACase.counts(SECTORS).reorganisations()).isEqualTo(1);
    }

    @Test
    void regionsAddUpIntoTotalsThatListNoReorganisation() {
        ReorganisationTally drechtsteden = new ReorganisationTally();
        drechtsteden.add(open("reo-1", "Drechtwerk Metaal BV", "C", 40), MARCH, List.of(c(ROUTED, null)));
        ReorganisationTally amsterdam = new ReorganisationTally();
        amsterdam.add(open("reo-2", "Schiphol Catering BV", "I", 12), MARCH, List.of(c(ACCEPTED, null)));

        PreventiveCounts total = new ReorganisationTally().addAll(drechtsteden).addAll(amsterdam).totals(SECTORS);

        assertThat(total.byReorganisation()).isNull();
        assertThat(total.reorganisations()).isEqualTo(2);
        assertThat(total.bySector()).extracting(SectorCounts::sector).containsExactly("C", "I");
        assertThat(total.funnel()).isEqualTo(new ReorganisationFunnel(52, 2, 2, 1, 0, 0, 1));
    }
}
