package nl.rmt.intake.application;

import java.time.Instant;
import java.util.Optional;

/** Where cases, their history and their outbox live. */
public interface CaseStore {

    /**
     * Stores the case (which is its own first history entry), its outbox and its idempotency record in one
     * transaction; a solved proof of work is spent by the case's id, which it fixed.
     *
     * @throws ReferenceTakenException      when another case already has the reference
     * @throws IdempotencyKeyTakenException when the idempotency key was stored meanwhile
     */
    void create(NewCase newCase);

    Optional<IdempotencyRecord> findIdempotencyRecord(String scope, String key);

    /** Marks an outbox message as delivered and drops its copy of the message body. */
    void markOutboxSent(String caseId, String outboxId, String queueMessageId, Instant sentAt);

    /**
     * Parks an outbox message that can never be delivered: it is marked FAILED with the reason (an error code) and
     * its case is flagged for its desk, in one transaction.
     *
     * @return false when the message was no longer waiting (sent, discarded or parked already)
     */
    boolean markOutboxFailed(String caseId, String outboxId, String reason, Instant at);

    /** Outbox messages still waiting to be sent that were stored before the given instant, oldest first. */
    java.util.List<OutboxRef> pendingOutboxBefore(Instant createdBefore, int limit);

    /** The message, if it is still waiting to be sent. */
    Optional<PendingOutbox> loadPendingOutbox(String caseId, String outboxId);

    /**
     * Moves a submitted case to ROUTED, with a history entry, and queues its confirmation, all at once.
     *
     * @return false when the case was routed already (a redelivery)
     */
    boolean markRouted(String caseId, Instant routedAt, OutboxMessage confirmation);

    /**
     * Takes the right to send the confirmation: only when none was sent, parked or claimed. A claim older than
     * {@code staleClaimsBefore} is not taken over but settled as {@link EmailClaim#ABANDONED}: its attempt may have
     * sent the email before it stopped.
     */
    EmailClaim claimConfirmation(String caseId, Instant now, Instant staleClaimsBefore, String withdrawalCodeHash);

    void markConfirmationSent(String caseId, String emailMessageId, Instant sentAt);

    /** As {@link #claimConfirmation}, for the update email announcing the lead of one routing round. */
    EmailClaim claimUpdateEmail(String caseId, int round, Instant now, Instant staleClaimsBefore);

    /** Gives a claim back after the mail service answered that it did not send: the next attempt may send. */
    void releaseEmailClaim(String caseId, EmailSlot slot, Instant claimedAt);

    /**
     * Settles a claimed email that will not be sent again and flags the case for its desk.
     *
     * @param outcomeKnown true when the mail service refused it for good, false when it may have been sent
     * @param reason       an error code, never content
     */
    void parkEmail(String caseId, EmailSlot slot, boolean outcomeKnown, String reason, Instant at);

    boolean updateEmailSent(String caseId, int round);

    void markUpdateEmailSent(String caseId, int round, String emailMessageId, Instant sentAt);

    /**
     * Adds a bounce or complaint to the case; the address is not kept.
     *
     * @return false when no such case exists (erased or never stored)
     */
    boolean recordEmailEvent(String caseId, EmailEvent event);

    Optional<CaseRecord> load(String caseId);

    Optional<String> caseIdByReference(String reference);

    /** Cases whose lead got them before the given instant and has not accepted yet. */
    java.util.List<String> awaitingAcceptanceSince(Instant assignedBefore);

    /** Cases not closed, with their personal data still there, submitted before the given instant. */
    java.util.List<String> openCasesSubmittedBefore(Instant submittedBefore);

    /** Closed cases, with their personal data still there, closed before the given instant. */
    java.util.List<String> casesClosedBefore(Instant closedBefore);

    /** Whether an outbox message was discarded because the case's personal data was erased before it went out. */
    boolean isOutboxDiscarded(String caseId, String outboxId);

    /**
     * Writes a lifecycle step in one transaction. A step that erases the personal data also erases the notes in
     * the case's history and discards outbox messages with the person's details that were not sent yet.
     *
     * @throws ConcurrentChangeException when the case changed since it was loaded: load it again and retry
     */
    void apply(CaseChange change);

    final class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException() {
            super("The case changed since it was read");
        }
    }

    final class ReferenceTakenException extends RuntimeException {
        public ReferenceTakenException() {
            super("The public reference is taken by another case");
        }
    }

    /** The case came with a proof of work that an earlier case already spent. */
    final class ProofSpentException extends RuntimeException {
        public ProofSpentException() {
            super("The proof of work was spent by another case");
        }
    }

    final class IdempotencyKeyTakenException extends RuntimeException {
        public IdempotencyKeyTakenException() {
            super("The idempotency key was stored by a concurrent request");
        }
    }
}
