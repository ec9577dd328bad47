package nl.rmt.intake.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.casefile.CaseStateMachine;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.PartnerNotice;
import nl.rmt.intake.domain.routing.PartnerNotices;
import nl.rmt.intake.json.Json;

/**
 * A citizen withdraws with the reference and code from their confirmation: the case closes as WITHDRAWN, every
 * partner that received it is told, and the personal data is erased, in one transaction. A case that was already
 * closed keeps its status but is erased and its partners told all the same: withdrawal is also a request to erase.
 */
public final class WithdrawCase {

    private final CaseStore store;
    private final Handover handover;
    private final Clock clock;

    public WithdrawCase(CaseStore store, IntakeTriage triage, Clock clock) {
        this.store = store;
        this.handover = new Handover(triage);
        this.clock = clock;
    }

    public WithdrawalOutcome withdraw(String reference, String code) {
        return Retrying.onConcurrentChange(() -> attempt(reference, code));
    }

    private WithdrawalOutcome attempt(String reference, String code) {
        Optional<CaseRecord> found = store.caseIdByReference(reference).flatMap(store::load);
        if (found.isEmpty() || !matches(found.get().withdrawalCodeHash(), code)) {
            return new WithdrawalOutcome.NoMatch();
        }
        CaseRecord record = found.get();
        if (record.status() == CaseStatus.WITHDRAWN || record.isErased()) {
            return new WithdrawalOutcome.Withdrawn(record.caseId(), record.reference());
        }
        CaseChange change = CaseChange.on(record, clock.instant())
                .erasePersonalData()
                .awaiting(CaseChange.Awaiting.REMOVE);
        if (CaseStateMachine.isAllowed(record.status(), CaseStatus.WITHDRAWN)) {
            change.status(CaseStatus.WITHDRAWN, "citizen", "withdrawn by the citizen; personal data erased");
        } else {
            change.note(record.status(), record.status(), "citizen", "withdrawn after closing; personal data erased");
        }
        for (Partner partner : handover.partnersOf(record)) {
            AssignmentState assignment = record.assignmentOf(partner.id()).orElseThrow();
            if (CaseStateMachine.isAllowed(assignment.status(), CaseStatus.WITHDRAWN)) {
                change.assignment(new AssignmentState(partner.id(), assignment.role(), CaseStatus.WITHDRAWN,
                        assignment.round()));
            }
            PartnerNotice notice = PartnerNotices.withdrawn(record.caseId(), record.reference(),
                    handover.regionOf(record).caseRegion(), partner.id(), record.round(), change.at());
            change.send(new OutboxMessage("WITHDRAWN#" + partner.id(), OutboxMessage.Kind.NOTICE, partner.queue(),
                    record.caseId(), notice.messageId(), Json.write(notice)));
        }
        store.apply(change);
        return new WithdrawalOutcome.Withdrawn(record.caseId(), record.reference());
    }

    private static boolean matches(String storedHash, String code) {
        if (storedHash == null) {
            return false;
        }
        // Constant time: how long the comparison takes must not tell how much of a guess was right.
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                Sha256.hex(code).getBytes(StandardCharsets.US_ASCII));
    }
}
