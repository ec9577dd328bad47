package nl.rmt.intake.domain.monitoring;

/**
 * The funnels of a sector's reorganisations added up.
 *
 * @param sector         an SBI section letter
 * @param sectorName     its name in the CBS table (Dutch)
 * @param reorganisations how many of the sector's reorganisations are counted
 */
public record SectorCounts(String sector, String sectorName, long reorganisations, ReorganisationFunnel funnel) {
}
