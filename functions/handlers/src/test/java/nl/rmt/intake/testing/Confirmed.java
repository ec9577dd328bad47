package nl.rmt.intake.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.handlers.confirmation.ConfirmationHandler;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;

/** Cases taken through intake, routing and confirmation, as the citizen would have them. */
public final class Confirmed {

    private static final Pattern CODE = Pattern.compile("(?:intrekcode|withdrawal\\s+code) ([A-Z0-9]{10})");

    /** @param code the withdrawal code as the confirmation email gave it */
    public record Case(String caseId, String reference, String code) {
    }

    private Confirmed() {
    }

    public static Case submitted(String fixture) {
        return submitted(fixture, kind -> true);
    }

    /**
     * As {@link #submitted(String)}, delivering only the partner messages of the given kinds, as when the stream
     * is slow to deliver the others; the lead's message and the confirmation always go out.
     */
    public static Case submitted(String fixture, java.util.function.Predicate<String> partnerMessageKinds) {
        String caseId = Cases.submitted(fixture);
        OutboxDispatchHandler dispatcher = LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new);
        java.util.function.Predicate<String> delivered =
                kind -> kind.equals("LEAD") || kind.equals("CONFIRMATION") || partnerMessageKinds.test(kind);
        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId, delivered), null);
        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId, delivered), null);
        LocalStack.asFunction("ConfirmationFunction", ConfirmationHandler::new).handleRequest(QueueEvents.of(LocalStack.takeAllFor("confirmation", caseId)), null);
        String reference = LocalStack.caseItem(caseId).get("reference").s();
        String text = LocalStack.stack().mailbox().all().stream()
                .filter(email -> email.subject().contains(reference))
                .findFirst().orElseThrow().text();
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
            throw new AssertionError("No withdrawal code in the confirmation of " + reference);
        }
        return new Case(caseId, reference, code.group(1));
    }
}
