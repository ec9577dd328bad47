package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.confirmation.ConfirmationComposer;
import nl.rmt.intake.domain.confirmation.ConfirmationDetails;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.domain.withdrawal.WithdrawalCode;

/**
 * Sends a case's confirmation email once. A claim on the case, taken before sending, stops retries and
 * concurrent deliveries from sending twice; a claim left by a crashed attempt expires after the lease, so a
 * confirmation is never lost (at worst sent twice, when a crash falls between sending and recording it).
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
        CLAIMED_ELSEWHERE
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
        ConfirmationSubject subject = store.findConfirmationSubject(caseId)
                .orElseThrow(() -> new UnknownCaseException(caseId));
        if (subject.confirmationSent()) {
            return Result.ALREADY_SENT;
        }
        if (subject.status() == CaseStatus.WITHDRAWN) {
            return Result.NOT_NEEDED;
        }
        if (subject.status() == CaseStatus.SUBMITTED) {
            return Result.NOT_ROUTED_YET;
        }
        Instant now = clock.instant();
        String withdrawalCode = WithdrawalCode.generate(random);
        if (!store.claimConfirmation(caseId, now, now.minus(claimLease), Sha256.hex(withdrawalCode))) {
            return store.findConfirmationSubject(caseId).map(ConfirmationSubject::confirmationSent).orElse(false)
                    ? Result.ALREADY_SENT
                    : Result.CLAIMED_ELSEWHERE;
        }
        Partner lead = routing.partners().byId(subject.leadPartnerId())
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " names an unknown lead partner"));
        ConfirmationDetails details = new ConfirmationDetails(
                subject.language(),
                subject.givenName(),
                subject.reference(),
                lead.displayName(subject.language()),
                lead.contactWithinWorkingDays(),
                subject.partnerTypesReceived(),
                withdrawalUrl,
                withdrawalCode);
        String messageId = mailer.send(subject.email(), composer.compose(details), caseId);
        store.markConfirmationSent(caseId, messageId, clock.instant());
        return Result.SENT;
    }



    public static final class UnknownCaseException extends RuntimeException {
        public UnknownCaseException(String caseId) {
            super("No case " + caseId);
        }
    }
}
