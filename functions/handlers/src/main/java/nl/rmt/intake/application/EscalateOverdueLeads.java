package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.calendar.EscalationPolicy;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.routing.LeadChange;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Role;

/** Hands every case whose lead has not accepted within the working-day limit to the region's RMT desk. */
public final class EscalateOverdueLeads {

    private final CaseStore store;
    private final IntakeTriage triage;
    private final Handover handover;
    private final EscalationPolicy policy;
    private final Clock clock;

    public EscalateOverdueLeads(CaseStore store, IntakeTriage triage, EscalationPolicy policy, Clock clock) {
        this.store = store;
        this.triage = triage;
        this.handover = new Handover(triage);
        this.policy = policy;
        this.clock = clock;
    }

    /** A case whose lead did not accept in time, handed to its region's desk. */
    public record Escalated(String caseId, String region, String fromPartnerId, String toPartnerId) {
    }

    /** @return the cases escalated by this run */
    public List<Escalated> run() {
        Instant now = clock.instant();
        List<Escalated> escalated = new ArrayList<>();
        for (String caseId : store.awaitingAcceptanceSince(policy.overdueBefore(now))) {
            Retrying.onConcurrentChange(() -> escalate(caseId, now)).ifPresent(escalated::add);
        }
        return escalated;
    }

    private Optional<Escalated> escalate(String caseId, Instant now) {
        Optional<CaseRecord> loaded = store.load(caseId);
        if (loaded.isEmpty() || loaded.get().status() != CaseStatus.ROUTED || loaded.get().isErased()) {
            // Accepted or otherwise moved on since the index was read, or erased and so never handed over.
            return Optional.empty();
        }
        CaseRecord record = loaded.get();
        String oldLead = record.leadPartnerId();
        AssignmentState oldAssignment = record.assignmentOf(oldLead).orElseThrow();
        Partner desk = triage.routingData().partners().desk(record.region());
        CaseChange change = CaseChange.on(record, now)
                .status(CaseStatus.ESCALATED, "system:escalation",
                        oldLead + " did not accept within " + policy.workingDays() + " working days")
                .assignment(new AssignmentState(oldLead, Role.LEAD, CaseStatus.ESCALATED, oldAssignment.round()));
        handover.to(change, desk, LeadChange.ESCALATED, CitizenUpdate.Reason.ESCALATED);
        store.apply(change);
        return Optional.of(new Escalated(caseId, record.region(), oldLead, desk.id()));
    }
}
