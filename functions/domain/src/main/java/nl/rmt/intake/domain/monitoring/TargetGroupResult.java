package nl.rmt.intake.domain.monitoring;

import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.Outcome;

/**
 * One cell of the cross-tabulation of target group by result: how many cases of the group are in the status, and
 * for closed cases ended in the outcome ("how many ZZP cases ended in work").
 *
 * @param outcome null unless the status is {@code CLOSED}
 */
public record TargetGroupResult(TargetGroup targetGroup, CaseStatus status, Outcome outcome, long cases) {
}
