package nl.rmt.intake.domain.feedback;

import nl.rmt.intake.domain.casefile.CaseStatus;

/** The kinds of report a partner sends; each moves the partner's assignment to one status. */
public enum FeedbackType {
    ACCEPTED(CaseStatus.ACCEPTED),
    CONTACTED(CaseStatus.CONTACTED),
    /** The partner hands the case back, with a reason; a lead's case is routed again, ultimately to the RMT desk. */
    REJECTED(CaseStatus.REJECTED),
    /** The partner is done with the case, with an {@link Outcome}. */
    CLOSED(CaseStatus.CLOSED);

    private final CaseStatus targetStatus;

    FeedbackType(CaseStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    /** The status the partner's assignment moves to. */
    public CaseStatus targetStatus() {
        return targetStatus;
    }
}
