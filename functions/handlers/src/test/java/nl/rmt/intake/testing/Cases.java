package nl.rmt.intake.testing;

import java.util.UUID;
import nl.rmt.intake.handlers.intake.SubmitIntakeHandler;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;

/** Cases created through the real intake handler. */
public final class Cases {

    private static SubmitIntakeHandler intake;
    private static OutboxDispatchHandler dispatcher;

    private Cases() {
    }

    /** @return the new case's id */
    public static synchronized String submitted(String fixture) {
        if (intake == null) {
            LocalStack.stack();
            intake = LocalStack.asFunction("SubmitIntakeFunction", SubmitIntakeHandler::new);
        }
        var event = Events.withIdempotencyKey(Events.intake(fixture), UUID.randomUUID().toString());
        return Events.body(intake.handleRequest(event, null)).get("caseId").asText();
    }

    /** A case submitted and dispatched: its lead has it on its queue. @return the new case's id */
    public static synchronized String routed(String fixture) {
        String caseId = submitted(fixture);
        if (dispatcher == null) {
            dispatcher = LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new);
        }
        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        return caseId;
    }
}
