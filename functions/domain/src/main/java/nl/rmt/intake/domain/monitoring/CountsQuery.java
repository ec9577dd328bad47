package nl.rmt.intake.domain.monitoring;

import java.util.List;
import nl.rmt.intake.domain.region.LabourMarketRegion;

/**
 * What a caller asked to count.
 *
 * @param regions the regions named in the request, in code order; empty when none was named
 */
public record CountsQuery(ReportingPeriod period, List<LabourMarketRegion> regions) {

    public CountsQuery {
        regions = List.copyOf(regions);
    }
}
