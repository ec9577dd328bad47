package nl.rmt.intake.domain.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.Outcome;

/**
 * Counts cases one at a time, so that a region's cases are counted as they are read and never all held at once.
 * Not thread-safe: give each reader its own and {@link #addAll} them afterwards; counts add up over regions because a
 * case belongs to one region.
 */
public final class CaseTally {

    private static final Comparator<Cell> CELL_ORDER = Comparator.comparing(Cell::targetGroup)
            .thenComparing(Cell::status)
            .thenComparing(Cell::outcome, Comparator.nullsFirst(Comparator.naturalOrder()));

    private long intakes;
    private long withoutTargetGroup;
    private final EnumMap<TargetGroup, Long> byTargetGroup = Tallies.zeros(TargetGroup.class);
    private final EnumMap<CaseStatus, Long> byStatus = Tallies.zeros(CaseStatus.class);
    private final EnumMap<Outcome, Long> byOutcome = Tallies.zeros(Outcome.class);
    private final Map<String, PartnerTally> byPartner = new TreeMap<>();
    private final Map<Cell, Long> byTargetGroupAndResult = new TreeMap<>(CELL_ORDER);

    public void add(CaseSnapshot snapshot) {
        intakes++;
        byStatus.merge(snapshot.status(), 1L, Long::sum);
        Outcome outcome = snapshot.closedWithOutcome() ? snapshot.outcome() : null;
        if (outcome != null) {
            byOutcome.merge(outcome, 1L, Long::sum);
        }
        if (snapshot.targetGroups().isEmpty()) {
            withoutTargetGroup++;
        }
        for (TargetGroup group : snapshot.targetGroups()) {
            byTargetGroup.merge(group, 1L, Long::sum);
            byTargetGroupAndResult.merge(new Cell(group, snapshot.status(), outcome), 1L, Long::sum);
        }
        if (snapshot.leadPartnerId() != null) {
            PartnerTally lead = partner(snapshot.leadPartnerId());
            lead.lead++;
            if (outcome != null) {
                lead.leadOutcomes.merge(outcome, 1L, Long::sum);
            }
        }
        for (String referral : snapshot.referralPartnerIds()) {
            partner(referral).referral++;
        }
    }

    public CaseTally addAll(CaseTally other) {
        intakes += other.intakes;
        withoutTargetGroup += other.withoutTargetGroup;
        other.byTargetGroup.forEach((group, count) -> byTargetGroup.merge(group, count, Long::sum));
        other.byStatus.forEach((status, count) -> byStatus.merge(status, count, Long::sum));
        other.byOutcome.forEach((outcome, count) -> byOutcome.merge(outcome, count, Long::sum));
        other.byTargetGroupAndResult.forEach((cell, count) -> byTargetGroupAndResult.merge(cell, count, Long::sum));
        other.byPartner.forEach((partnerId, theirs) -> {
            PartnerTally ours = partner(partnerId);
            ours.lead += theirs.lead;
            ours.referral += theirs.referral;
            theirs.leadOutcomes.forEach((outcome, count) -> ours.leadOutcomes.merge(outcome, count, Long::sum));
        });
        return this;
    }

    public Counts counts() {
        List<PartnerCounts> partners = new ArrayList<>();
        byPartner.forEach((partnerId, tally) ->
                partners.add(new PartnerCounts(partnerId, tally.lead, tally.referral, tally.leadOutcomes)));
        List<TargetGroupResult> cells = new ArrayList<>();
        byTargetGroupAndResult.forEach((cell, count) ->
                cells.add(new TargetGroupResult(cell.targetGroup(), cell.status(), cell.outcome(), count)));
        return new Counts(intakes, byTargetGroup, withoutTargetGroup, byStatus, byOutcome, partners, cells);
    }

    private PartnerTally partner(String partnerId) {
        return byPartner.computeIfAbsent(partnerId, id -> new PartnerTally());
    }

    private static final class PartnerTally {
        private long lead;
        private long referral;
        private final EnumMap<Outcome, Long> leadOutcomes = Tallies.zeros(Outcome.class);
    }

    private record Cell(TargetGroup targetGroup, CaseStatus status, Outcome outcome) {
    }
}
