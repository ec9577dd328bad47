package nl.rmt.intake.handlers.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.application.Mailer;
import nl.rmt.intake.application.SendCaseUpdate;
import nl.rmt.intake.application.SendConfirmation;
import nl.rmt.intake.config.SesClients;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.mail.SesMailer;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.store.DynamoDbCaseStore;
import nl.rmt.intake.testing.FaultySes;
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
    void failsOnlyTheFailedMessageAndTheLaterMessagesOfItsCaseWhileOtherCasesGoOn() {
        String waiting = Cases.submitted("newcomer-amsterdam");
        String ready = Cases.routed("jobseeker-ww-midden-brabant");
        String readyReference = LocalStack.caseItem(ready).get("reference").s();
        SQSEvent event = QueueEvents.withBodies("{\"caseId\":\"" + waiting + "\"}", "{\"caseId\":\"" + ready + "\"}",
                "{\"caseId\":\"" + waiting + "\",\"round\":2,\"reason\":\"REROUTED\"}");
        inGroups(event, waiting, ready, waiting);

        SQSBatchResponse response = handler.handleRequest(event, null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(event.getRecords().get(0).getMessageId(), event.getRecords().get(2).getMessageId());
        assertThat(emailsAbout(readyReference)).hasSize(1);
    }

    @Test
    void parksAnEmailSesRejectsAndFlagsTheCaseInsteadOfRetryingIt() {
        String caseId = Cases.routed("zzp-noordoost-brabant");
        SQSEvent request = confirmationRequests(caseId);
        try (FaultySes ses = FaultySes.answering(400, "MessageRejected")) {
            SQSBatchResponse response = handlerSendingThrough(ses).handleRequest(request, null);

            assertThat(response.getBatchItemFailures()).isEmpty();
            var item = LocalStack.caseItem(caseId);
            assertThat(item.get("confirmation").m().get("status").s()).isEqualTo("FAILED");
            assertThat(item.get("confirmation").m().get("reason").s()).isEqualTo("SES:MessageRejected");
            assertThat(item.get("attention").m().get("subject").s()).isEqualTo("EMAIL#CONFIRMATION");
        }
        assertThat(handler.handleRequest(request, null).getBatchItemFailures()).isEmpty();
        assertThat(emailsAbout(LocalStack.caseItem(caseId).get("reference").s())).isEmpty();
    }

    @Test
    void sendsOnceWhenSesTookTheEmailButItsAnswerWasLost() {
        String caseId = Cases.routed("jobbank-wajong-amsterdam");
        SQSEvent request = confirmationRequests(caseId);
        try (FaultySes ses = FaultySes.silent()) {
            SQSBatchResponse response = handlerSendingThrough(ses).handleRequest(request, null);

            assertThat(response.getBatchItemFailures()).isEmpty();
            assertThat(ses.requests()).isEqualTo(1);
        }
        handler.handleRequest(request, null);

        var item = LocalStack.caseItem(caseId);
        assertThat(item.get("confirmation").m().get("status").s()).isEqualTo("UNCERTAIN");
        assertThat(item.get("attention").m().get("reason").s()).isEqualTo("SES:NO_ANSWER");
        assertThat(emailsAbout(item.get("reference").s())).isEmpty();
    }

    @Test
    void sendsOnceSesIsBackWhenItWasDownAtTheFirstAttempt() throws Exception {
        String caseId = Cases.routed("jobseeker-ww-midden-brabant");
        SQSEvent request = confirmationRequests(caseId);
        try (FaultySes ses = FaultySes.answering(503, "ServiceUnavailable")) {
            SQSBatchResponse response = handlerSendingThrough(ses).handleRequest(request, null);

            assertThat(response.getBatchItemFailures()).hasSize(1);
            assertThat(LocalStack.caseItem(caseId)).doesNotContainKey("confirmation");
        }
        assertThat(handler.handleRequest(request, null).getBatchItemFailures()).isEmpty();
        handler.handleRequest(request, null);

        assertThat(emailsAbout(LocalStack.caseItem(caseId).get("reference").s())).hasSize(1);
    }

    @Test
    void neverSendsAgainWhenTheAttemptStoppedBetweenSendingAndRecording() {
        String caseId = Cases.routed("zzp-noordoost-brabant");
        String reference = LocalStack.caseItem(caseId).get("reference").s();
        SQSEvent request = confirmationRequests(caseId);
        Mailer stopsAfterSending = (to, email, id) -> {
            new SesMailer(LocalStack.stack().sesV2(), "noreply@rmt-intake.example.nl", null).send(to, email, id);
            throw new StackOverflowError("the attempt stops before it records the email");
        };
        try {
            handlerWith(stopsAfterSending, Clock.systemUTC()).handleRequest(request, null);
        } catch (StackOverflowError expected) {
            // As a function stopped by its timeout: nothing after the send ran.
        }

        SQSBatchResponse withinLease = handler.handleRequest(request, null);
        SQSBatchResponse afterLease = handlerWith(new SesMailer(LocalStack.stack().sesV2(),
                "noreply@rmt-intake.example.nl", null), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3)))
                .handleRequest(request, null);

        assertThat(withinLease.getBatchItemFailures()).hasSize(1);
        assertThat(afterLease.getBatchItemFailures()).isEmpty();
        assertThat(emailsAbout(reference)).hasSize(1);
        assertThat(LocalStack.caseItem(caseId).get("attention").m().get("reason").s()).isEqualTo("CLAIM_ABANDONED");
    }

    private static void inGroups(SQSEvent event, String... groups) {
        for (int i = 0; i < groups.length; i++) {
            event.getRecords().get(i).setAttributes(Map.of("MessageGroupId", groups[i]));
        }
    }

    private static ConfirmationHandler handlerSendingThrough(FaultySes ses) {
        return handlerWith(new SesMailer(SesClients.sesV2(Duration.ofMillis(500)).endpointOverride(ses.endpoint())
                .build(), "noreply@rmt-intake.example.nl", null), Clock.systemUTC());
    }

    private static ConfirmationHandler handlerWith(Mailer mailer, Clock clock) {
        var store = new DynamoDbCaseStore(LocalStack.stack().dynamoDb(), LocalStack.table(),
                new QueueNames(System.getProperty("QUEUE_NAME_PREFIX")));
        RoutingData routing = RoutingData.loadDefault();
        return new ConfirmationHandler(
                new SendConfirmation(store, mailer, routing, clock, Duration.ofMinutes(2),
                        "https://rmt-intake.example.nl/intrekken", new SecureRandom()),
                new SendCaseUpdate(store, mailer, routing, clock, Duration.ofMinutes(2)));
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

    @Test
    void saysPerNeedWhoHelpsInTheCitizensLanguage() {
        String caseId = Cases.routed("at-risk-employee-drechtsteden");
        String reference = LocalStack.caseItem(caseId).get("reference").s();

        handler.handleRequest(confirmationRequests(caseId), null);

        SentEmail email = onlyEmailAbout(reference);
        assertThat(email.text()).contains("""
                Wie helpt u waarmee:
                - Voor werk: Vakbonden werk-naar-werk (FNV, CNV, VCP) neemt binnen 5 werkdagen contact met u op.
                - Voor schulden: Schuldhulpverlening Drechtsteden neemt binnen 5 werkdagen contact met u op.
                """);
        assertThat(email.html()).contains(
                "<li>Voor schulden: Schuldhulpverlening Drechtsteden neemt binnen 5 werkdagen contact met u op.</li>");
    }

    @Test
    void theDeskThatLeadsAndStandsInForDebtCounsellingNamesItselfForDebts() {
        String caseId = Cases.routed("debt-help-assen-at-drenthe-desk");
        String reference = LocalStack.caseItem(caseId).get("reference").s();

        handler.handleRequest(confirmationRequests(caseId), null);

        assertThat(onlyEmailAbout(reference).text()).contains("""
                Wie helpt u waarmee:
                - Voor loopbaanadvies: RMT Groningen neemt binnen 3 werkdagen contact met u op.
                - Voor schulden: RMT Groningen neemt binnen 3 werkdagen contact met u op.
                """);
    }

    @Test
    void theUpdateEmailSaysWhichNeedsTheNewLeadHelpsWith() {
        String caseId = Cases.routed("at-risk-employee-drechtsteden");
        String reference = LocalStack.caseItem(caseId).get("reference").s();
        handler.handleRequest(confirmationRequests(caseId), null);
        var store = new DynamoDbCaseStore(LocalStack.stack().dynamoDb(), LocalStack.table(),
                new QueueNames(System.getProperty("QUEUE_NAME_PREFIX")));
        new nl.rmt.intake.application.RerouteByHand(store, nl.rmt.intake.domain.IntakeTriage.loadDefault(),
                Clock.systemUTC()).reroute("AM23", caseId, "am23-gemeente", "Traject bij de gemeente.");

        handler.handleRequest(confirmationRequests(caseId), null);

        SentEmail update = emailsAbout(reference).stream()
                .filter(email -> email.subject().startsWith("Nieuws over uw aanmelding")).findFirst().orElseThrow();
        assertThat(update.text()).contains("Sociale Dienst Drechtsteden neemt binnen 5 werkdagen contact met u op."
                + " Sociale Dienst Drechtsteden helpt u met werk.").doesNotContain("schulden");
    }
}
