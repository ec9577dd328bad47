package nl.rmt.intake.domain.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry in a case's history.
 *
 * @param from   the status before, or null for the change that created the case
 * @param actor  who made the change as a role or partner id (e.g. {@code citizen}, {@code partner:uwv},
 *               {@code system:escalation}), never a person's name
 * @param reason why, in words for desk staff (e.g. a partner's rejection reason), or null
 */
public record StatusChange(CaseStatus from, CaseStatus to, String actor, Instant at, String reason) {

    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a status change needs an actor");
        }
    }

    /** Leaves out the reason: it is free text and may end up in a log line. */
    @Override
    public String toString() {
        return "StatusChange[" + from + " → " + to + " by " + actor + " at " + at + "]";
    }

    public static StatusChange creation(String actor, Instant at) {
        return new StatusChange(null, CaseStateMachine.INITIAL, actor, at, null);
    }
}
