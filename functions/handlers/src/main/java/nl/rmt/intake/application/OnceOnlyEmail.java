package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends one claimed email and settles its claim by what the mail service's answer means for a second attempt:
 * sent (recorded), refused for good or unanswered (parked, the case flagged: never sent again), or not sent
 * (the claim is given back and the failure thrown, so the queue retries).
 */
final class OnceOnlyEmail {

    /** The reason recorded when SES was reached but did not answer. */
    static final String NO_ANSWER = "SES:NO_ANSWER";

    private OnceOnlyEmail() {
    }

    static SendConfirmation.Result send(CaseStore store, Clock clock, String caseId, EmailSlot slot,
            Instant claimedAt, Supplier<String> mail, Consumer<String> recordSent) {
        String messageId;
        try {
            messageId = mail.get();
        } catch (UndeliverableException refused) {
            store.parkEmail(caseId, slot, true, refused.reason(), clock.instant());
            return SendConfirmation.Result.PARKED;
        } catch (EmailOutcomeUnknownException unanswered) {
            store.parkEmail(caseId, slot, false, NO_ANSWER, clock.instant());
            return SendConfirmation.Result.PARKED;
        } catch (RuntimeException notSent) {
            store.releaseEmailClaim(caseId, slot, claimedAt);
            throw notSent;
        }
        recordSent.accept(messageId);
        return SendConfirmation.Result.SENT;
    }

    /** What a claim that was not granted means for this attempt; null when it was granted. */
    static SendConfirmation.Result unlessTaken(EmailClaim claim) {
        return switch (claim) {
            case TAKEN -> null;
            case SENT -> SendConfirmation.Result.ALREADY_SENT;
            case HELD_ELSEWHERE -> SendConfirmation.Result.CLAIMED_ELSEWHERE;
            case ABANDONED, PARKED -> SendConfirmation.Result.PARKED;
            case WITHHELD -> SendConfirmation.Result.NOT_NEEDED;
        };
    }
}
