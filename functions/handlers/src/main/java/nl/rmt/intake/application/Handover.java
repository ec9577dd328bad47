package nl.rmt.intake.application;

import java.util.List;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.region.RegionResolution;
import nl.rmt.intake.domain.routing.LeadChange;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.PartnerNotice;
import nl.rmt.intake.domain.routing.PartnerNotices;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.json.Json;

/**
 * Gives a case a new lead: the new lead's assignment message, the old lead's notice, the citizen's update
 * email and the escalation index, as parts of one {@link CaseChange}. Re-routing after a rejection, escalation
 * and a desk's re-route all hand over this way.
 */
final class Handover {

    static final String UPDATE_QUEUE = DispatchOutbox.CONFIRMATION_QUEUE;

    private final IntakeTriage triage;

    Handover(IntakeTriage triage) {
        this.triage = triage;
    }

    /** Only for a case whose personal data is still there: an erased case is never handed over. */
    RegionResolution regionOf(CaseRecord record) {
        return triage.region(record.form(), record.deskRegion());
    }

    /**
     * @param whyOldLeadLosesIt what to tell the old lead, or null when it handed the case back itself; a fixed
     *                          reason, so that no organisation's free text reaches another
     */
    void to(CaseChange change, Partner newLead, LeadChange whyOldLeadLosesIt, CitizenUpdate.Reason reasonForCitizen) {
        CaseRecord record = change.from();
        int round = record.round() + 1;
        String oldLead = record.leadPartnerId();
        change.lead(newLead.id(), round)
                .assignment(new AssignmentState(newLead.id(), Role.LEAD, CaseStatus.ROUTED, round))
                .awaiting(newLead.type() == PartnerType.RMT ? CaseChange.Awaiting.REMOVE : CaseChange.Awaiting.RESTART);
        var message = triage.messageFactory().build(record.caseId(), record.reference(), regionOf(record),
                record.groups(), new Recipient(newLead, Role.LEAD, record.groups().stream()
                        .map(g -> g.group()).toList()), record.form(), record.submittedAt(), round);
        change.send(new OutboxMessage("PARTNER#" + newLead.id() + "#" + round, OutboxMessage.Kind.HANDOVER,
                newLead.queue(), record.caseId(), message.messageId(), Json.write(message)));
        if (whyOldLeadLosesIt != null && !oldLead.equals(newLead.id())) {
            Partner old = triage.routingData().partners().byId(oldLead).orElseThrow();
            PartnerNotice notice = PartnerNotices.reassigned(record.caseId(), record.reference(),
                    regionOf(record).caseRegion(), old.id(), round, whyOldLeadLosesIt, change.at());
            change.send(new OutboxMessage("NOTICE#" + old.id() + "#" + round, OutboxMessage.Kind.NOTICE,
                    old.queue(), record.caseId(), notice.messageId(), Json.write(notice)));
        }
        change.send(CitizenUpdate.request(record.caseId(), round, reasonForCitizen));
    }

    List<Partner> partnersOf(CaseRecord record) {
        return record.assignments().keySet().stream()
                .map(id -> triage.routingData().partners().byId(id).orElseThrow())
                .toList();
    }
}
