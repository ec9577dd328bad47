package nl.rmt.intake.domain.monitoring;

import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.Outcome;

/**
 * The counts of a set of cases. The maps list every value of their dimension, zero included, in the order the domain
 * names them, so that every report has the same shape; the lists hold only what occurred.
 *
 * @param intakes                the cases
 * @param byTargetGroup          a case counts once in each of its groups, so these add up to more than the cases
 * @param withoutTargetGroup     cases that are in no target group
 * @param byStatus               every case once, by its status now
 * @param byOutcome              the closed cases, by outcome
 * @param byPartner              by partner id
 * @param byTargetGroupAndResult target group by status and, for closed cases, outcome; cells without cases left out
 */
public record Counts(long intakes, Map<TargetGroup, Long> byTargetGroup, long withoutTargetGroup,
                     Map<CaseStatus, Long> byStatus, Map<Outcome, Long> byOutcome, List<PartnerCounts> byPartner,
                     List<TargetGroupResult> byTargetGroupAndResult) {

    public Counts {
        byTargetGroup = Tallies.copyInOrder(byTargetGroup);
        byStatus = Tallies.copyInOrder(byStatus);
        byOutcome = Tallies.copyInOrder(byOutcome);
        byPartner = List.copyOf(byPartner);
        byTargetGroupAndResult = List.copyOf(byTargetGroupAndResult);
    }
}
