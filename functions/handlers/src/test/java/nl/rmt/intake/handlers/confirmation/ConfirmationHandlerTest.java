package nl.rmt.intake.handlers.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.util.List;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.localstack.SentEmail;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.QueueEvents;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class ConfirmationHandlerTest {

    private static ConfirmationHandler handler;
    private static OutboxDispatchHandler dispatcher;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("ConfirmationFunction", ConfirmationHandler::new);
        dispatcher = LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new);
    }

    @Test
    void emailsTheCitizenInTheirLanguageWithReferenceLeadAndWithdrawal() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        String reference = LocalStack.caseItem(caseId).get("reference").s();

        SQSBatchResponse response = handler.handleRequest(confirmationRequests(caseId), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        SentEmail email = onlyEmailAbout(reference);
        assertThat(email.to()).containsExactly("noor.jansen@example.org");
        assertThat(email.subject()).isEqualTo("Confirmation of your registration " + reference);
        assertThat(email.text()).contains("Dear Noor,", "UWV (Employee Insurance Agency) will contact you within", "working days",
                "https://rmt-intake.example.nl/intrekken", "withdrawal code");
        assertThat(email.html()).contains(reference);
        var confirmation = LocalStack.caseItem(caseId).get("confirmation").m();
        assertThat(confirmation.get("status").s()).isEqualTo("SENT");
        assertThat(LocalStack.caseItem(caseId).get("withdrawalCodeHash").s()).hasSize(64);
    }

    @Test
    void writesToADutchSpeakingCitizenInDutch() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        String reference = LocalStack.caseItem(caseId).get("reference").s();

        handler.handleRequest(confirmationRequests(caseId), null);

        SentEmail email = onlyEmailAbout(reference);
        assertThat(email.subject()).isEqualTo("Bevestiging van uw aanmelding " + reference);
        assertThat(email.text()).contains("Beste Lisa,", "werkdagen", "intrekcode");
    }

    @Test
    void sendsOneEmailWhenTheSameRequestArrivesAgain() {
        String caseId = Cases.routed("zzp-noordoost-brabant");
        String reference = LocalStack.caseItem(caseId).get("reference").s();
        SQSEvent request = confirmationRequests(caseId);

        handler.handleRequest(request, null);
        SQSBatchResponse again = handler.handleRequest(request, null);

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(emailsAbout(reference)).hasSize(1);
    }

    @Test
    void waitsForRoutingBeforeConfirming() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        String reference = LocalStack.caseItem(caseId).get("reference").s();

        SQSBatchResponse response = handler.handleRequest(QueueEvents.withBodies(
                "{\"caseId\":\"" + caseId + "\"}"), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(emailsAbout(reference)).isEmpty();
    }

    @Test
    void sendsNothingToACitizenWhoWithdrewBeforeTheConfirmationWentOut() {
        String caseId = Cases.routed("youth-employed-no-consent-groningen");
        String reference = LocalStack.caseItem(caseId).get("reference").s();
        SQSEvent request = confirmationRequests(caseId);
        LocalStack.stack().dynamoDb().updateItem(update -> update.tableName(LocalStack.table())
                .key(java.util.Map.of("pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                        "CASE#" + caseId), "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                        "CASE")))
                .updateExpression("SET #status = :withdrawn")
                .expressionAttributeNames(java.util.Map.of("#status", "status"))
                .expressionAttributeValues(java.util.Map.of(":withdrawn",
                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("WITHDRAWN"))));

        SQSBatchResponse response = handler.handleRequest(request, null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(emailsAbout(reference)).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "events/confirmation/confirmation-requested.json", type = SQSEvent.class)
    void failsARequestForAnUnknownCaseSoThatItEndsInTheDeadLetterQueue(SQSEvent event) {
        SQSBatchResponse response = handler.handleRequest(event, null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(event.getRecords().get(0).getMessageId());
    }

    @Test
    void returnsTheRestOfAFifoBatchAfterTheFirstFailure() {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        SQSEvent event = QueueEvents.withBodies("not json", "{\"caseId\":\"" + caseId + "\"}");

        SQSBatchResponse response = handler.handleRequest(event, null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(event.getRecords().get(0).getMessageId(), event.getRecords().get(1).getMessageId());
        assertThat(LocalStack.caseItem(caseId)).doesNotContainKey("confirmation");
    }

    /** A case whose partner messages are out and whose confirmation request is on the queue. */

    /** Delivers the case's pending confirmation outbox item to the queue, and reads it back as Lambda would. */
    private static SQSEvent confirmationRequests(String caseId) {
        dispatcher.handleRequest(StreamEvents.pendingOutboxOf(caseId), null);
        return QueueEvents.of(LocalStack.takeAllFor("confirmation", caseId));
    }

    private static List<SentEmail> emailsAbout(String reference) {
        return LocalStack.stack().mailbox().all().stream()
                .filter(email -> email.text() != null && email.text().contains(reference))
                .toList();
    }

    private static SentEmail onlyEmailAbout(String reference) {
        List<SentEmail> emails = emailsAbout(reference);
        assertThat(emails).hasSize(1);
        return emails.get(0);
    }
}
