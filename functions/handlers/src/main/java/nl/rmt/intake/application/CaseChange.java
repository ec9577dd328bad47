package nl.rmt.intake.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.casefile.StatusChange;

/**
 * Everything one lifecycle step changes on a case, written in one transaction that only succeeds when the
 * case still has the version it was read at. Build with {@link #on(CaseRecord, Instant)}.
 */
public final class CaseChange {

    /** What happens to the case's entry in the index of leads awaiting acceptance. */
    public enum Awaiting { KEEP, REMOVE, RESTART }

    private final CaseRecord from;
    private final Instant at;
    private CaseStatus status;
    private String leadPartnerId;
    private int round;
    private final Map<String, AssignmentState> assignments = new LinkedHashMap<>();
    private final Set<String> rejectedBy = new LinkedHashSet<>();
    private final List<StatusChange> history = new ArrayList<>();
    private final List<OutboxMessage> outbox = new ArrayList<>();
    private Awaiting awaiting = Awaiting.KEEP;
    private boolean erasePersonalData;
    private String outcome;

    private CaseChange(CaseRecord from, Instant at) {
        this.from = from;
        this.at = at;
        this.status = from.status();
        this.leadPartnerId = from.leadPartnerId();
        this.round = from.round();
    }

    public static CaseChange on(CaseRecord from, Instant at) {
        return new CaseChange(from, at);
    }

    /** Moves the case's status, recording who and why. */
    public CaseChange status(CaseStatus to, String actor, String reason) {
        return status(to, actor, reason, null);
    }

    /** As {@link #status(CaseStatus, String, String)}, with the free text the actor wrote (erased with the person). */
    public CaseChange status(CaseStatus to, String actor, String reason, String note) {
        history.add(new StatusChange(status, to, actor, at, reason, note));
        status = to;
        return this;
    }

    public CaseChange lead(String partnerId, int newRound) {
        leadPartnerId = partnerId;
        round = newRound;
        return this;
    }

    public CaseChange assignment(AssignmentState assignment) {
        assignments.put(assignment.partnerId(), assignment);
        return this;
    }

    public CaseChange rejectedBy(String partnerId) {
        rejectedBy.add(partnerId);
        return this;
    }

    /** A history entry that is not a change of the case's own status (e.g. a referral partner's progress). */
    public CaseChange note(CaseStatus assignmentFrom, CaseStatus assignmentTo, String actor, String reason) {
        return note(assignmentFrom, assignmentTo, actor, reason, null);
    }

    public CaseChange note(
            CaseStatus assignmentFrom, CaseStatus assignmentTo, String actor, String reason, String freeText) {
        history.add(new StatusChange(assignmentFrom, assignmentTo, actor, at, reason, freeText));
        return this;
    }

    public CaseChange send(OutboxMessage message) {
        outbox.add(message);
        return this;
    }

    public CaseChange awaiting(Awaiting awaiting) {
        this.awaiting = awaiting;
        return this;
    }

    public CaseChange erasePersonalData() {
        erasePersonalData = true;
        return this;
    }

    public CaseChange outcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    public CaseRecord from() {
        return from;
    }

    public Instant at() {
        return at;
    }

    public CaseStatus status() {
        return status;
    }

    public String leadPartnerId() {
        return leadPartnerId;
    }

    public int round() {
        return round;
    }

    public Map<String, AssignmentState> assignments() {
        return Map.copyOf(assignments);
    }

    public Set<String> rejectedBy() {
        return Set.copyOf(rejectedBy);
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public List<OutboxMessage> outbox() {
        return List.copyOf(outbox);
    }

    public Awaiting awaiting() {
        return awaiting;
    }

    public boolean erasesPersonalData() {
        return erasePersonalData;
    }

    public String outcome() {
        return outcome;
    }
}
