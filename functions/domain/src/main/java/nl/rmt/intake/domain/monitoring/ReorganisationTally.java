package nl.rmt.intake.domain.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.rmt.intake.domain.reorganisation.FunnelCase;
import nl.rmt.intake.domain.reorganisation.Sector;
import nl.rmt.intake.domain.reorganisation.Sectors;

/**
 * Counts the reorganisations of a period one at a time, each with its cases submitted in the period. A reorganisation
 * is counted when its invitation was open on a day of the period or a case came through it then, so a reorganisation
 * that reached nobody shows as such, and one closed since still counts its cases. Not thread-safe: one per reader,
 * {@link #addAll} afterwards; a reorganisation belongs to the one region that registered it.
 */
public final class ReorganisationTally {

    private static final Comparator<ReorganisationCounts> BY_EMPLOYER =
            Comparator.comparing(ReorganisationCounts::employerName).thenComparing(ReorganisationCounts::reorganisationId);

    private final List<Counted> reorganisations = new ArrayList<>();

    /** @param cases the reorganisation's cases submitted in the period, withdrawn and erased ones included */
    public void add(MonitoredReorganisation reorganisation, ReportingPeriod period, Collection<FunnelCase> cases) {
        if (cases.isEmpty() && !reorganisation.openDuring(period)) {
            return;
        }
        reorganisations.add(new Counted(reorganisation, ReorganisationFunnel.of(reorganisation.jobsAffected(), cases)));
    }

    public ReorganisationTally addAll(ReorganisationTally other) {
        reorganisations.addAll(other.reorganisations);
        return this;
    }

    /** For one region: the sum, per sector and per reorganisation. */
    public PreventiveCounts counts(Sectors sectors) {
        List<ReorganisationCounts> listed = new ArrayList<>();
        for (Counted counted : reorganisations) {
            MonitoredReorganisation r = counted.reorganisation();
            listed.add(new ReorganisationCounts(r.reorganisationId(), r.employerName(), r.sector(),
                    sectorName(sectors, r.sector()), r.closed() ? "CLOSED" : "OPEN", counted.funnel()));
        }
        listed.sort(BY_EMPLOYER);
        return new PreventiveCounts(listed.size(), sum(reorganisations), bySector(sectors), listed);
    }

    /** For regions added up: the sum and per sector, the reorganisations themselves being listed per region. */
    public PreventiveCounts totals(Sectors sectors) {
        return new PreventiveCounts(reorganisations.size(), sum(reorganisations), bySector(sectors), null);
    }

    private List<SectorCounts> bySector(Sectors sectors) {
        Map<String, List<Counted>> grouped = new TreeMap<>();
        for (Counted counted : reorganisations) {
            grouped.computeIfAbsent(counted.reorganisation().sector(), letter -> new ArrayList<>()).add(counted);
        }
        List<SectorCounts> bySector = new ArrayList<>();
        grouped.forEach((letter, members) -> bySector.add(
                new SectorCounts(letter, sectorName(sectors, letter), members.size(), sum(members))));
        return bySector;
    }

    private static String sectorName(Sectors sectors, String letter) {
        return sectors.sector(letter).map(Sector::nl).orElse(letter);
    }

    private static ReorganisationFunnel sum(List<Counted> counted) {
        ReorganisationFunnel sum = ReorganisationFunnel.NONE;
        for (Counted one : counted) {
            sum = sum.plus(one.funnel());
        }
        return sum;
    }

    private record Counted(MonitoredReorganisation reorganisation, ReorganisationFunnel funnel) {
    }
}
