package nl.rmt.intake.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.monitoring.CaseTally;
import nl.rmt.intake.domain.monitoring.ReorganisationTally;
import nl.rmt.intake.domain.monitoring.ReportingPeriod;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.reorganisation.Sectors;

/** The programme's monitoring counts: the cohort of cases submitted in a period, counted by where they are now. */
public final class CountCases {

    private final MonitoringQueries queries;
    private final Sectors sectors;
    private final Clock clock;

    public CountCases(MonitoringQueries queries, Clock clock) {
        this(queries, Sectors.loadDefault(), clock);
    }

    public CountCases(MonitoringQueries queries, Sectors sectors, Clock clock) {
        this.queries = queries;
        this.sectors = sectors;
        this.clock = clock;
    }

    /** @param regions the regions to report on, each once */
    public CountsReport count(ReportingPeriod period, List<LabourMarketRegion> regions) {
        List<String> codes = regions.stream().map(LabourMarketRegion::code).toList();
        Map<String, CaseTally> tallies = queries.tallyByRegion(codes, period.start(), period.end());
        Map<String, ReorganisationTally> reorganisations = queries.reorganisationsByRegion(codes, period);
        List<CountsReport.RegionCounts> perRegion = new ArrayList<>();
        CaseTally total = new CaseTally();
        ReorganisationTally preventiveTotal = new ReorganisationTally();
        for (LabourMarketRegion region : regions) {
            CaseTally tally = tallies.getOrDefault(region.code(), new CaseTally());
            ReorganisationTally preventive = reorganisations.getOrDefault(region.code(), new ReorganisationTally());
            perRegion.add(new CountsReport.RegionCounts(region.code(), region.name(), tally.counts(),
                    preventive.counts(sectors)));
            total.addAll(tally);
            preventiveTotal.addAll(preventive);
        }
        return new CountsReport(period.from(), period.to(), ReportingPeriod.ZONE.getId(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), perRegion,
                total.counts(), preventiveTotal.totals(sectors));
    }
}
