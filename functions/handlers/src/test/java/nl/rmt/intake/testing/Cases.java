package nl.rmt.intake.testing;

import java.util.UUID;
import nl.rmt.intake.handlers.intake.SubmitIntakeHandler;

/** Cases created through the real intake handler. */
public final class Cases {

    private static SubmitIntakeHandler intake;

    private Cases() {
    }

    /** @return the new case's id */
    public static synchronized String submitted(String fixture) {
        if (intake == null) {
            LocalStack.stack();
            intake = new SubmitIntakeHandler();
        }
        var event = Events.withIdempotencyKey(Events.intake(fixture), UUID.randomUUID().toString());
        return Events.body(intake.handleRequest(event, null)).get("caseId").asText();
    }
}
