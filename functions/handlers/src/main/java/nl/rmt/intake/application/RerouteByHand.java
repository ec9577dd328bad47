package nl.rmt.intake.application;

import java.time.Clock;
import java.util.Optional;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.casefile.CaseStateMachine;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.routing.LeadChange;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Partners;
import nl.rmt.intake.domain.routing.Role;

/**
 * A regional desk moves a case of its region to a partner of its choice, with a reason. Recorded as the desk
 * taking the case from its lead (REJECTED) and routing it again (ROUTED), so the state machine holds.
 */
public final class RerouteByHand {

    private final CaseStore store;
    private final IntakeTriage triage;
    private final Handover handover;
    private final Clock clock;

    public RerouteByHand(CaseStore store, IntakeTriage triage, Clock clock) {
        this.store = store;
        this.triage = triage;
        this.handover = new Handover(triage);
        this.clock = clock;
    }

    public RerouteOutcome reroute(String region, String caseId, String partnerId, String reason) {
        return Retrying.onConcurrentChange(() -> attempt(region, caseId, partnerId, reason));
    }

    private RerouteOutcome attempt(String region, String caseId, String partnerId, String reason) {
        Optional<CaseRecord> loaded = store.load(caseId);
        if (loaded.isEmpty() || !loaded.get().region().equals(region)) {
            return new RerouteOutcome.NotFound();
        }
        CaseRecord record = loaded.get();
        if (!CaseStateMachine.isAllowed(record.status(), CaseStatus.REJECTED) || record.isErased()) {
            return new RerouteOutcome.InvalidTransition(record.status(), CaseStateMachine.allowedFrom(record.status()));
        }
        Optional<Partner> target = triage.routingData().partners().byId(partnerId);
        if (target.isEmpty() || !Partners.serves(target.get(), region)) {
            return new RerouteOutcome.PartnerRefused("The partner does not serve region " + region);
        }
        if (partnerId.equals(record.leadPartnerId())) {
            return new RerouteOutcome.PartnerRefused("The partner already leads this case");
        }
        if (!record.form().consent().allows(target.get().type())) {
            return new RerouteOutcome.PartnerRefused(
                    "the citizen did not allow sharing with " + target.get().type());
        }
        String actor = "desk:" + region;
        String oldLead = record.leadPartnerId();
        AssignmentState oldAssignment = record.assignmentOf(oldLead).orElseThrow();
        CaseChange change = CaseChange.on(record, clock.instant())
                .status(CaseStatus.REJECTED, actor, "re-routed by the desk", reason)
                .assignment(new AssignmentState(oldLead, Role.LEAD, CaseStatus.REJECTED, oldAssignment.round()))
                .status(CaseStatus.ROUTED, actor, "re-routed by the desk to " + partnerId);
        handover.to(change, target.get(), LeadChange.REROUTED, CitizenUpdate.Reason.REROUTED);
        store.apply(change);
        return new RerouteOutcome.Rerouted(caseId, partnerId, change.round());
    }
}
