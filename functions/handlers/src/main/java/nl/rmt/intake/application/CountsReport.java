package nl.rmt.intake.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.rmt.intake.domain.monitoring.Counts;
import nl.rmt.intake.domain.monitoring.PreventiveCounts;

/**
 * The monitoring counts of a period: per region and in total. Aggregates only; no case ids, references or dates of
 * single cases.
 *
 * @param timeZone        the zone {@code from} and {@code to} are days in
 * @param total           the regions' counts added up
 * @param reorganisations the regions' reorganisations added up, in all and per sector
 */
public record CountsReport(LocalDate from, LocalDate to, String timeZone, Instant generatedAt,
                           List<RegionCounts> regions, Counts total, PreventiveCounts reorganisations) {

    public CountsReport {
        regions = List.copyOf(regions);
    }

    /** @param reorganisations the reorganisations the region registered, with their cases of the period */
    public record RegionCounts(String code, String name, Counts counts, PreventiveCounts reorganisations) {
    }
}
