package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.confirmation.UpdateComposer;
import nl.rmt.intake.domain.confirmation.UpdateDetails;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.routing.RoutingData;

/** Tells the citizen, once per routing round, which organisation leads their case now. */
public final class SendCaseUpdate {

    private final CaseStore store;
    private final Mailer mailer;
    private final RoutingData routing;
    private final UpdateComposer composer = new UpdateComposer();
    private final Clock clock;
    private final Duration claimLease;

    public SendCaseUpdate(CaseStore store, Mailer mailer, RoutingData routing, Clock clock, Duration claimLease) {
        this.store = store;
        this.mailer = mailer;
        this.routing = routing;
        this.clock = clock;
        this.claimLease = claimLease;
    }

    /**
     * The needs the first lead took up that the new lead's kind of organisation helps with too; a need it does not
     * help with is not promised.
     */
    private List<Need> newLeadHelpsWith(CaseRecord record, Partner lead) {
        return record.help().stream()
                .filter(help -> help.role() == Role.LEAD && routing.helpsWith(lead.type(), help.need()))
                .map(CaseRecord.Help::need)
                .toList();
    }

    public SendConfirmation.Result send(String caseId, int round, CitizenUpdate.Reason reason) {
        CaseRecord record = store.load(caseId).orElseThrow(() -> new SendConfirmation.UnknownCaseException(caseId));
        if (record.isErased() || record.status() == CaseStatus.WITHDRAWN || record.round() != round) {
            // Withdrawn, or a later round replaced this lead before the email went out: only the latest counts.
            return SendConfirmation.Result.NOT_NEEDED;
        }
        if (store.updateEmailSent(caseId, round)) {
            return SendConfirmation.Result.ALREADY_SENT;
        }
        Instant now = clock.instant();
        SendConfirmation.Result notNow =
                OnceOnlyEmail.unlessTaken(store.claimUpdateEmail(caseId, round, now, now.minus(claimLease)));
        if (notNow != null) {
            return notNow;
        }
        Partner lead = routing.partners().byId(record.leadPartnerId()).orElseThrow();
        var email = composer.compose(new UpdateDetails(record.language(), record.form().person().givenName(),
                record.reference(), lead.displayName(record.language()), lead.contactWithinWorkingDays(),
                UpdateDetails.Reason.valueOf(reason.name()), newLeadHelpsWith(record, lead)));
        return OnceOnlyEmail.send(store, clock, caseId, EmailSlot.update(round), now,
                () -> mailer.send(record.form().person().email(), email, caseId),
                messageId -> store.markUpdateEmailSent(caseId, round, messageId, clock.instant()));
    }
}
