package nl.rmt.intake.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.rmt.intake.domain.monitoring.Counts;

/**
 * The monitoring counts of a period: per region and in total. Aggregates only; no case ids, references or dates of
 * single cases.
 *
 * @param timeZone the zone {@code from} and {@code to} are days in
 * @param total    the regions' counts added up
 */
public record CountsReport(LocalDate from, LocalDate to, String timeZone, Instant generatedAt,
                           List<RegionCounts> regions, Counts total) {

    public CountsReport {
        regions = List.copyOf(regions);
    }

    public record RegionCounts(String code, String name, Counts counts) {
    }
}
