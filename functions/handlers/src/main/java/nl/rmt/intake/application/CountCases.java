package nl.rmt.intake.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.monitoring.CaseTally;
import nl.rmt.intake.domain.monitoring.ReportingPeriod;
import nl.rmt.intake.domain.region.LabourMarketRegion;

/** The programme's monitoring counts: the cohort of cases submitted in a period, counted by where they are now. */
public final class CountCases {

    private final MonitoringQueries queries;
    private final Clock clock;

    public CountCases(MonitoringQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** @param regions the regions to report on, each once */
    public CountsReport count(ReportingPeriod period, List<LabourMarketRegion> regions) {
        Map<String, CaseTally> tallies = queries.tallyByRegion(
                regions.stream().map(LabourMarketRegion::code).toList(), period.start(), period.end());
        List<CountsReport.RegionCounts> perRegion = new ArrayList<>();
        CaseTally total = new CaseTally();
        for (LabourMarketRegion region : regions) {
            CaseTally tally = tallies.getOrDefault(region.code(), new CaseTally());
            perRegion.add(new CountsReport.RegionCounts(region.code(), region.name(), tally.counts()));
            total.addAll(tally);
        }
        return new CountsReport(period.from(), period.to(), ReportingPeriod.ZONE.getId(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), perRegion,
                total.counts());
    }
}
