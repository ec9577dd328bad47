package nl.rmt.intake.application;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.casefile.CaseStateMachine;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.feedback.FeedbackType;
import nl.rmt.intake.domain.feedback.PartnerFeedback;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.LeadAssignment;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.routing.Router;

/**
 * A partner reports on a case it received. The lead's report moves the case; a rejection re-routes it to the
 * next partner by the rules and finally to the region's desk. A referral partner's report moves only its own part.
 */
public final class RecordFeedback {

    private final CaseStore store;
    private final IntakeTriage triage;
    private final Router router;
    private final Handover handover;
    private final Clock clock;

    public RecordFeedback(CaseStore store, IntakeTriage triage, Clock clock) {
        this.store = store;
        this.triage = triage;
        this.router = triage.router();
        this.handover = new Handover(triage);
        this.clock = clock;
    }

    public FeedbackOutcome record(String caseId, String partnerId, PartnerFeedback feedback) {
        return Retrying.onConcurrentChange(() -> attempt(caseId, partnerId, feedback));
    }

    private FeedbackOutcome attempt(String caseId, String partnerId, PartnerFeedback feedback) {
        CaseRecord record = store.load(caseId).orElse(null);
        AssignmentState assignment = record == null ? null : record.assignmentOf(partnerId).orElse(null);
        if (assignment == null) {
            return new FeedbackOutcome.NotYours();
        }
        Partner partner = triage.routingData().partners().byId(partnerId).orElseThrow();
        boolean leads = assignment.role() == Role.LEAD && partnerId.equals(record.leadPartnerId());
        CaseStatus from = leads ? record.status() : assignment.status();
        CaseStatus to = feedback.type().targetStatus();
        if (!CaseStateMachine.isAllowed(from, to)) {
            return new FeedbackOutcome.InvalidTransition(from, to, CaseStateMachine.allowedFrom(from));
        }
        // The desk is where cases end up, as lead or as referral: it re-routes by hand instead.
        if (feedback.type() == FeedbackType.REJECTED && partner.type() == PartnerType.RMT) {
            return new FeedbackOutcome.DeskCannotReject();
        }
        if (feedback.type() == FeedbackType.REJECTED && leads && record.isErased()) {
            return new FeedbackOutcome.ErasedCannotMove();
        }
        String actor = "partner:" + partnerId;
        CaseChange change = CaseChange.on(record, clock.instant())
                .assignment(new AssignmentState(partnerId, assignment.role(), to, assignment.round()));
        if (!leads) {
            change.note(from, to, actor, "referral: " + describe(feedback), feedback.reason());
        } else {
            change.status(to, actor, describe(feedback), feedback.reason());
            switch (feedback.type()) {
                case ACCEPTED, CLOSED -> change.awaiting(CaseChange.Awaiting.REMOVE);
                case REJECTED -> reroute(change, partnerId);
                case CONTACTED -> {
                }
            }
            if (feedback.type() == FeedbackType.CLOSED) {
                change.outcome(feedback.outcome().name());
            }
        }
        store.apply(change);
        return new FeedbackOutcome.Recorded(caseId, change.status(), to, change.leadPartnerId());
    }

    private void reroute(CaseChange change, String rejectingPartnerId) {
        CaseRecord record = change.from();
        Set<String> excluded = new HashSet<>(record.rejectedBy());
        excluded.add(rejectingPartnerId);
        change.rejectedBy(rejectingPartnerId);
        LeadAssignment next = router.nextLead(record.form(), handover.regionOf(record), record.groups(), excluded);
        change.status(CaseStatus.ROUTED, "system:routing",
                "re-routed to " + next.partner().id() + " by rule " + next.ruleId()
                        + (next.fallbacks().isEmpty() ? "" : " (" + String.join("; ", next.fallbacks()) + ")"));
        handover.to(change, next.partner(), null, CitizenUpdate.Reason.REROUTED);
    }

    /** The system's words for the feedback; the partner's own reason is kept apart as the history entry's note. */
    private static String describe(PartnerFeedback feedback) {
        return switch (feedback.type()) {
            case REJECTED -> "handed back";
            case CLOSED -> "closed with outcome " + feedback.outcome();
            default -> feedback.type().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
