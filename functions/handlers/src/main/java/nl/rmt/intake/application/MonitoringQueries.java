package nl.rmt.intake.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.monitoring.CaseTally;
import nl.rmt.intake.domain.monitoring.ReorganisationTally;
import nl.rmt.intake.domain.monitoring.ReportingPeriod;

/** What monitoring reads: the cases of regions by the time they were submitted, counted as they are read. */
public interface MonitoringQueries {

    /**
     * Counts each region's cases submitted from {@code start} (included) until {@code end} (excluded), erased cases
     * included.
     *
     * @return a tally per region code, for every region asked about
     */
    Map<String, CaseTally> tallyByRegion(List<String> regionCodes, Instant start, Instant end);

    /**
     * Counts the reorganisations each region registered with their cases submitted in the period, erased cases
     * included (see {@link ReorganisationTally} for which reorganisations count).
     *
     * @return a tally per region code, for every region asked about
     */
    Map<String, ReorganisationTally> reorganisationsByRegion(List<String> regionCodes, ReportingPeriod period);
}
