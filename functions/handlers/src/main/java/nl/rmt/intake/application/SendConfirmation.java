package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.confirmation.ConfirmationComposer;
import nl.rmt.intake.domain.confirmation.ConfirmationDetails;
import nl.rmt.intake.domain.confirmation.HelpLine;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.domain.withdrawal.WithdrawalCode;

/**
 * Sends a case's confirmation email at most once. A claim on the case, taken before sending, stops retries and
 * concurrent deliveries from sending twice. When SES answers that it did not send, the claim is given back and the
 * queue retries. When the outcome is unknown (no answer, or a claim that expired because its attempt stopped between
 * claiming and recording), the email is not sent again and the case is flagged for its desk instead.
 */
public final class SendConfirmation {

    public enum Result {
        SENT,
        ALREADY_SENT,
        /** The citizen withdrew before the confirmation went out: there is nothing to confirm. */
        NOT_NEEDED,
        /** The lead's message is not on its queue yet: try again later. */
        NOT_ROUTED_YET,
        /** Another attempt holds a live claim: try again later to see whether it succeeded. */
        CLAIMED_ELSEWHERE,
        /** Refused for good, or perhaps sent without a record: never sent again, the case is flagged. */
        PARKED
    }

    private final CaseStore store;
    private final Mailer mailer;
    private final RoutingData routing;
    private final ConfirmationComposer composer;
    private final Clock clock;
    private final Duration claimLease;
    private final String withdrawalUrl;
    private final RandomGenerator random;

    public SendConfirmation(
            CaseStore store, Mailer mailer, RoutingData routing, Clock clock, Duration claimLease, String withdrawalUrl,
            RandomGenerator random) {
        this.store = store;
        this.mailer = mailer;
        this.routing = routing;
        this.composer = new ConfirmationComposer();
        this.clock = clock;
        this.claimLease = claimLease;
        this.withdrawalUrl = withdrawalUrl;
        this.random = random;
    }

    /** @throws UnknownCaseException when no case has the id: the message cannot be handled, ever */
    public Result send(String caseId) {
        CaseRecord record = store.load(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
        if (record.confirmationSent()) {
            return Result.ALREADY_SENT;
        }
        if (record.status() == CaseStatus.WITHDRAWN || record.isErased()) {
            return Result.NOT_NEEDED;
        }
        if (record.status() == CaseStatus.SUBMITTED) {
            return Result.NOT_ROUTED_YET;
        }
        Instant now = clock.instant();
        String withdrawalCode = WithdrawalCode.generate(random);
        Result notNow = OnceOnlyEmail.unlessTaken(
                store.claimConfirmation(caseId, now, now.minus(claimLease), Sha256.hex(withdrawalCode)));
        if (notNow != null) {
            return notNow;
        }
        Partner lead = routing.partners().byId(record.leadPartnerId())
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " names an unknown lead partner"));
        ConfirmationDetails details = new ConfirmationDetails(
                record.language(),
                record.form().person().givenName(),
                record.reference(),
                lead.displayName(record.language()),
                lead.contactWithinWorkingDays(),
                partnerTypesReceived(record),
                withdrawalUrl,
                withdrawalCode,
                helpLines(record, lead));
        var email = composer.compose(details);
        return OnceOnlyEmail.send(store, clock, caseId, EmailSlot.confirmation(), now,
                () -> mailer.send(record.form().person().email(), email, caseId),
                messageId -> store.markConfirmationSent(caseId, messageId, clock.instant()));
    }

    /**
     * Who helps with each need: a need the lead took up is taken up by whoever leads now (the first lead may have
     * handed the case back before this email went out).
     */
    private List<HelpLine> helpLines(CaseRecord record, Partner lead) {
        return record.help().stream().map(help -> {
            if (help.role() == null) {
                return HelpLine.nobody(help.need(), help.consentWithheldFor());
            }
            Partner helper = help.role() == Role.LEAD ? lead : routing.partners().byId(help.partnerId()).orElse(lead);
            return HelpLine.helpedBy(help.need(), helper.displayName(record.language()), helper.contactWithinWorkingDays());
        }).toList();
    }

    /** The kinds of organisation that have the citizen's data: those of every partner the case went to. */
    private List<PartnerType> partnerTypesReceived(CaseRecord record) {
        return record.assignments().keySet().stream()
                .map(partnerId -> routing.partners().byId(partnerId).orElseThrow().type())
                .distinct()
                .sorted()
                .toList();
    }

    public static final class UnknownCaseException extends RuntimeException {
        public UnknownCaseException(String caseId) {
            super("No case " + caseId);
        }
    }
}
