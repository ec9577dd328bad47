package nl.rmt.intake.domain.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The status changes of one case, oldest first. Immutable; every change is checked as it is appended. */
public final class CaseHistory {

    private static final CaseHistory EMPTY = new CaseHistory(List.of());

    private final List<StatusChange> changes;

    private CaseHistory(List<StatusChange> changes) {
        this.changes = changes;
    }

    public static CaseHistory empty() {
        return EMPTY;
    }

    /**
     * Rebuilds a stored history, checking it from the start.
     *
     * @throws IllegalTransitionException when a stored change was not allowed
     * @throws IllegalArgumentException   when a change does not start where the previous one ended
     */
    public static CaseHistory of(List<StatusChange> changes) {
        CaseHistory history = EMPTY;
        for (StatusChange change : changes) {
            history = history.append(change);
        }
        return history;
    }

    /**
     * @throws IllegalArgumentException   when {@code change.from()} is not the current status (null for a new case):
     *                                    the change was decided on an outdated view of the case
     * @throws IllegalTransitionException when the state machine does not allow the move
     */
    public CaseHistory append(StatusChange change) {
        CaseStatus current = current().orElse(null);
        if (change.from() != current) {
            throw new IllegalArgumentException("status change starts at " + describe(change.from())
                    + " but the case is " + describe(current));
        }
        CaseStateMachine.check(current, change.to());
        List<StatusChange> appended = new ArrayList<>(changes);
        appended.add(change);
        return new CaseHistory(List.copyOf(appended));
    }

    /** Empty for a case that has not been created yet. */
    public Optional<CaseStatus> current() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1).to());
    }

    public List<StatusChange> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static String describe(CaseStatus status) {
        return status == null ? "(new case)" : status.name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseHistory history && history.changes.equals(changes);
    }

    @Override
    public int hashCode() {
        return changes.hashCode();
    }

    /** Statuses only: reasons are free text and may end up in a log line. */
    @Override
    public String toString() {
        StringBuilder path = new StringBuilder("CaseHistory[");
        for (StatusChange change : changes) {
            path.append(change.from() == null ? "" : " → ").append(change.to());
        }
        return path.append(']').toString();
    }
}
