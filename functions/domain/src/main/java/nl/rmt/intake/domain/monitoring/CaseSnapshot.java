package nl.rmt.intake.domain.monitoring;

import java.util.Objects;
import java.util.Set;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.Outcome;

/**
 * What monitoring counts of one case: nothing that identifies it or the person.
 *
 * @param outcome            how the lead closed the case; null while it is not closed
 * @param leadPartnerId      the partner that leads the case now
 * @param referralPartnerIds the partners the case was referred to
 */
public record CaseSnapshot(Set<TargetGroup> targetGroups, CaseStatus status, Outcome outcome, String leadPartnerId,
                           Set<String> referralPartnerIds) {

    public CaseSnapshot {
        targetGroups = Set.copyOf(targetGroups);
        Objects.requireNonNull(status, "status");
        referralPartnerIds = Set.copyOf(referralPartnerIds);
    }

    /** The outcome counts only for a closed case: a withdrawn case keeps none. */
    public boolean closedWithOutcome() {
        return status == CaseStatus.CLOSED && outcome != null;
    }
}
