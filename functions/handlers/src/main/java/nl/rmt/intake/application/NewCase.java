package nl.rmt.intake.application;

import nl.rmt.intake.domain.reorganisation.ReorganisationContext;

import java.time.Instant;
import java.util.List;
import nl.rmt.intake.domain.explanation.DecisionExplanation;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.routing.RoutingDecision;

/**
 * A case ready to be stored with its first status, its outgoing messages and its idempotency record.
 *
 * @param emailQuota the address's counter of confirmation emails today, counted with the case; null when the
 *                   day's limit was reached, so the case is stored without its confirmation email
 * @param spentProof the proof of work the form came with, which gave the case its id, so that it serves one case
 *                   only; null when the stage asks for none
 * @param explanation the decision in plain words, stored with it
 * @param reorganisation the reorganisation whose invitation the form came with; null without one
 */
public record NewCase(
        String caseId,
        String reference,
        IntakeForm form,
        RoutingDecision decision,
        Instant submittedAt,
        List<OutboxMessage> outbox,
        IdempotencyRecord idempotency,
        CaseReceipt receipt,
        EmailQuota emailQuota,
        ProofCheck.Solved spentProof,
        DecisionExplanation explanation,
        ReorganisationContext reorganisation) {

    /** Whether the confirmation email is left out because the address had its emails for the day. */
    public boolean confirmationWithheld() {
        return emailQuota == null;
    }

    public NewCase {
        outbox = List.copyOf(outbox);
    }
}
