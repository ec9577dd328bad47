package nl.rmt.intake.application;

import java.time.Instant;
import java.util.List;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.routing.RoutingDecision;

/** A case ready to be stored with its first status, its outgoing messages and its idempotency record. */
public record NewCase(
        String caseId,
        String reference,
        IntakeForm form,
        RoutingDecision decision,
        Instant submittedAt,
        List<OutboxMessage> outbox,
        IdempotencyRecord idempotency,
        CaseReceipt receipt) {

    public NewCase {
        outbox = List.copyOf(outbox);
    }
}
