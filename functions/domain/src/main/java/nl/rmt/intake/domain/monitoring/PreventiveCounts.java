package nl.rmt.intake.domain.monitoring;

import java.util.List;

/**
 * The preventive route in a period: the reorganisations counted, their funnels added up, per sector, and (for one
 * region) per reorganisation.
 *
 * @param reorganisations  how many reorganisations are counted
 * @param bySector         per sector that has one, in letter order
 * @param byReorganisation per reorganisation, by employer name; null in the national total, which adds regions up
 */
public record PreventiveCounts(long reorganisations, ReorganisationFunnel funnel, List<SectorCounts> bySector,
        List<ReorganisationCounts> byReorganisation) {

    public PreventiveCounts {
        bySector = List.copyOf(bySector);
        byReorganisation = byReorganisation == null ? null : List.copyOf(byReorganisation);
    }
}
