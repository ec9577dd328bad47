package nl.rmt.intake.domain.casefile;

import java.util.Set;

/** A status change the {@link CaseStateMachine} does not allow; the message holds statuses only. */
public class IllegalTransitionException extends IllegalStateException {

    private final CaseStatus from;
    private final CaseStatus to;
    private final Set<CaseStatus> allowed;

    /** @param from null when the case did not exist yet */
    public IllegalTransitionException(CaseStatus from, CaseStatus to, Set<CaseStatus> allowed) {
        super("case cannot move from " + (from == null ? "(new case)" : from) + " to " + to + "; allowed: "
                + (allowed.isEmpty() ? "none, " + from + " is final" : allowed));
        this.from = from;
        this.to = to;
        this.allowed = Set.copyOf(allowed);
    }

    /** Null when the case did not exist yet. */
    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }

    public Set<CaseStatus> allowed() {
        return allowed;
    }
}
