package nl.rmt.intake.domain.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry in a case's history.
 *
 * @param from   the status before, or null for the change that created the case
 * @param actor  who made the change as a role or partner id (e.g. {@code citizen}, {@code partner:uwv},
 *               {@code system:escalation}), never a person's name
 * @param reason why, in the system's own words (e.g. {@code handed back}, {@code re-routed to uwv by rule 3}), or null
 * @param note   free text a partner or desk wrote with the change, or null; it may say something about the person,
 *               so it is erased with the case's personal data
 */
public record StatusChange(CaseStatus from, CaseStatus to, String actor, Instant at, String reason, String note) {

    public StatusChange(CaseStatus from, CaseStatus to, String actor, Instant at, String reason) {
        this(from, to, actor, at, reason, null);
    }

    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a status change needs an actor");
        }
    }

    /** Leaves out the reason and the note: they may end up in a log line. */
    @Override
    public String toString() {
        return "StatusChange[" + from + " → " + to + " by " + actor + " at " + at + "]";
    }

    public static StatusChange creation(String actor, Instant at) {
        return new StatusChange(null, CaseStateMachine.INITIAL, actor, at, null);
    }
}
