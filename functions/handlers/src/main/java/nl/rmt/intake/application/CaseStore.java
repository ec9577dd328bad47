package nl.rmt.intake.application;

import java.time.Instant;
import java.util.Optional;

/** Where cases, their history and their outbox live. */
public interface CaseStore {

    /**
     * Stores the case, its first history entry, its outbox and its idempotency record in one transaction.
     *
     * @throws ReferenceTakenException      when another case already has the reference
     * @throws IdempotencyKeyTakenException when the idempotency key was stored meanwhile
     */
    void create(NewCase newCase);

    Optional<IdempotencyRecord> findIdempotencyRecord(String scope, String key);

    /** Marks an outbox message as delivered and drops its copy of the message body. */
    void markOutboxSent(String caseId, String outboxId, String queueMessageId, Instant sentAt);

    /**
     * Moves a submitted case to ROUTED, with a history entry, and queues its confirmation, all at once.
     *
     * @return false when the case was routed already (a redelivery)
     */
    boolean markRouted(String caseId, Instant routedAt, OutboxMessage confirmation);

    /**
     * Takes the right to send the confirmation: only when none was sent and no other attempt holds an unexpired claim.
     *
     * @return false when another attempt sent it or holds the claim
     */
    boolean claimConfirmation(String caseId, Instant now, Instant staleClaimsBefore, String withdrawalCodeHash);

    void markConfirmationSent(String caseId, String emailMessageId, Instant sentAt);

    /** As {@link #claimConfirmation}, for the update email announcing the lead of one routing round. */
    boolean claimUpdateEmail(String caseId, int round, Instant now, Instant staleClaimsBefore);

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

    final class IdempotencyKeyTakenException extends RuntimeException {
        public IdempotencyKeyTakenException() {
            super("The idempotency key was stored by a concurrent request");
        }
    }
}
