package nl.rmt.intake.handlers.intake;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rmt.intake.handlers.confirmation.ConfirmationHandler;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.testing.EmailLimit;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.QueueEvents;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** At most three confirmation emails a day to one address; the intakes beyond are routed without one. */
class SubmitIntakeEmailLimitTest {

    private static SubmitIntakeHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = EmailLimit.intakeHandlerAllowing(3);
    }

    @Test
    void queuesTheConfirmationOfTheFirstThreeIntakesOfTheDayForOneAddress() {
        String address = freshAddress();

        List<String> answers = new ArrayList<>();
        for (String written : List.of(address, address.toUpperCase(), address.replace("@", "+again@"))) {
            answers.add(body(submit(written)).get("confirmationEmail").asText());
        }

        assertThat(answers).containsOnly("QUEUED");
    }

    @Test
    void acceptsAndRoutesTheFourthIntakeWithoutItsConfirmationEmail() {
        String address = freshAddress();
        for (int i = 0; i < 3; i++) {
            submit(address);
        }
        APIGatewayV2HTTPEvent fourth = intakeFrom(address);

        APIGatewayV2HTTPResponse response = handler.handleRequest(fourth, null);

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(body(response).get("confirmationEmail").asText()).isEqualTo("WITHHELD_DAILY_LIMIT");
        String caseId = body(response).get("caseId").asText();
        var stored = LocalStack.caseItem(caseId);
        assertThat(stored.get("confirmation").m().get("status").s()).isEqualTo("WITHHELD");

        LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new).handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        var confirmation = LocalStack.asFunction("ConfirmationFunction", ConfirmationHandler::new).handleRequest(
                QueueEvents.of(LocalStack.takeAllFor("confirmation", caseId)), null);

        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
        assertThat(confirmation.getBatchItemFailures()).isEmpty();
        assertThat(LocalStack.stack().mailbox().sentTo(address)).isEmpty();
    }

    @Test
    void countsAnotherAddressOnItsOwn() {
        String address = freshAddress();
        for (int i = 0; i < 3; i++) {
            submit(address);
        }

        assertThat(body(submit(freshAddress())).get("confirmationEmail").asText()).isEqualTo("QUEUED");
    }

    @Test
    void answersAReplayAsTheFirstAnswerWithoutCountingAgain() {
        String address = freshAddress();
        APIGatewayV2HTTPEvent first = Events.withIdempotencyKey(intakeFrom(address), UUID.randomUUID().toString());
        handler.handleRequest(first, null);
        for (int i = 0; i < 3; i++) {
            handler.handleRequest(first, null);
        }

        assertThat(body(submit(address)).get("confirmationEmail").asText()).isEqualTo("QUEUED");
    }

    private static APIGatewayV2HTTPResponse submit(String address) {
        return handler.handleRequest(intakeFrom(address), null);
    }

    private static APIGatewayV2HTTPEvent intakeFrom(String address) {
        return Events.withIdempotencyKey(
                Events.withField(Events.intake("jobbank-wajong-amsterdam"), "person.email", address),
                UUID.randomUUID().toString());
    }

    private static String freshAddress() {
        return "limit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
