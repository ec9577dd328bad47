package nl.rmt.intake.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.rmt.intake.localstack.EmbeddedStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerConsumerTest {

    private static final String QUEUE = "rmt-intake-partner-uwv.fifo";
    /** The test queue's VisibilityTimeout, and a little more. */
    private static final Duration REDELIVERY = Duration.ofMillis(1300);

    private EmbeddedStack stack;
    private RecordingPartnerApi api;
    private FeedbackApi feedbackApi;
    private String queueUrl;
    private String deadLetterUrl;

    @BeforeAll
    void start() throws URISyntaxException {
        stack = EmbeddedStack.builder()
                .template(Path.of(PartnerConsumerTest.class.getResource("/partner-queue-template.yaml").toURI()))
                .applyEnvironment(false)
                .start();
        queueUrl = stack.resources().queueUrl("PartnerUwvQueue");
        deadLetterUrl = stack.resources().queueUrl("PartnerUwvDeadLetterQueue");
        api = RecordingPartnerApi.start();
        feedbackApi = new FeedbackApi(api.url(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("rmt-intake-partner-uwv", "local")),
                Region.of(stack.settings().region()));
    }

    @AfterAll
    void stop() {
        feedbackApi.close();
        api.close();
        stack.close();
    }

    @BeforeEach
    void emptyQueues() {
        stack.sqs().purgeQueue(request -> request.queueUrl(queueUrl));
        stack.sqs().purgeQueue(request -> request.queueUrl(deadLetterUrl));
    }

    @Test
    void anAssignmentIsDeletedAfterTheApiAcceptedTheFeedback() {
        String caseId = newCaseId();
        send(PartnerMessages.assigned(caseId, "uwv", "LEAD"), caseId);

        List<MessageOutcome> outcomes = consumer(accepting()).drain();

        assertThat(outcomes).containsExactly(
                new MessageOutcome("CASE_ASSIGNED", caseId, "ACCEPTED", OptionalInt.of(202), true));
        assertThat(api.receivedFor(caseId)).singleElement().satisfies(request ->
                assertThat(request.headers().get("authorization")).startsWith(
                        "AWS4-HMAC-SHA256 Credential=rmt-intake-partner-uwv/"));
        assertThat(messagesOnQueue()).isZero();
    }

    @Test
    void aConflictMeansTheCaseMovedOnSoTheMessageIsDeletedToo() {
        String caseId = newCaseId();
        api.answer(caseId, 409);
        send(PartnerMessages.assigned(caseId, "uwv", "LEAD"), caseId);

        assertThat(consumer(accepting()).drain()).singleElement()
                .satisfies(outcome -> assertThat(outcome.deleted()).isTrue());
        assertThat(messagesOnQueue()).isZero();
    }

    @Test
    void aRefusedReportStaysOnTheQueueUntilTheRedrivePolicyMovesItToTheDeadLetterQueue() throws InterruptedException {
        String caseId = newCaseId();
        api.answer(caseId, 403);
        send(PartnerMessages.assigned(caseId, "uwv", "LEAD"), caseId);
        PartnerConsumer consumer = consumer(accepting());

        assertThat(consumer.drain()).singleElement().satisfies(outcome -> {
            assertThat(outcome.httpStatus()).hasValue(403);
            assertThat(outcome.deleted()).isFalse();
        });
        Thread.sleep(REDELIVERY.toMillis());
        assertThat(consumer.drain()).as("second receive").hasSize(1);
        Thread.sleep(REDELIVERY.toMillis());
        assertThat(consumer.drain()).as("receive after maxReceiveCount").isEmpty();

        assertThat(api.receivedFor(caseId)).hasSize(2);
        assertThat(receive(deadLetterUrl)).singleElement()
                .satisfies(message -> assertThat(message.body()).contains(caseId));
    }

    @Test
    void aServerErrorLeavesTheMessageToBeDeliveredAgain() throws InterruptedException {
        String caseId = newCaseId();
        api.answer(caseId, 503);
        send(PartnerMessages.assigned(caseId, "uwv", "LEAD"), caseId);

        assertThat(consumer(accepting()).drain()).singleElement()
                .satisfies(outcome -> assertThat(outcome.deleted()).isFalse());
        Thread.sleep(REDELIVERY.toMillis());

        assertThat(receive(queueUrl)).singleElement().satisfies(message -> assertThat(message.body()).contains(caseId));
    }

    @Test
    void aMessageIdHandledBeforeIsDeletedWithoutReportingAgain() {
        String caseId = newCaseId();
        String message = PartnerMessages.assigned(caseId, "uwv", "LEAD");
        // The producer's deduplication window has passed: the queue takes the same message a second time.
        send(message, caseId, "first");
        send(message, caseId, "second");

        List<MessageOutcome> outcomes = consumer(accepting()).drain();

        assertThat(outcomes).extracting(MessageOutcome::action).containsExactly("ACCEPTED", MessageOutcome.DUPLICATE);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.deleted()).isTrue());
        assertThat(api.receivedFor(caseId)).hasSize(1);
        assertThat(messagesOnQueue()).isZero();
    }

    @Test
    void withdrawalsAndReassignmentsAreAcknowledgedWithoutCallingTheApi() {
        String withdrawn = newCaseId();
        String reassigned = newCaseId();
        send(PartnerMessages.notice(withdrawn, "uwv", MessageType.CASE_WITHDRAWN), withdrawn);
        send(PartnerMessages.notice(reassigned, "uwv", MessageType.CASE_REASSIGNED), reassigned);

        List<MessageOutcome> outcomes = consumer(accepting()).drain();

        assertThat(outcomes).extracting(MessageOutcome::messageType, MessageOutcome::action, MessageOutcome::deleted)
                .containsExactlyInAnyOrder(
                        tuple("CASE_WITHDRAWN", MessageOutcome.ACKNOWLEDGED, true),
                        tuple("CASE_REASSIGNED", MessageOutcome.ACKNOWLEDGED, true));
        assertThat(api.receivedFor(withdrawn)).isEmpty();
        assertThat(api.receivedFor(reassigned)).isEmpty();
        assertThat(messagesOnQueue()).isZero();
    }

    @Test
    void anAssignmentTheDeciderReportsNothingOnIsTakenOffTheQueue() {
        String caseId = newCaseId();
        send(PartnerMessages.assigned(caseId, "uwv", "REFERRAL"), caseId);

        List<MessageOutcome> outcomes = consumer(assignment -> assignment.isLead()
                ? Optional.of(Feedback.accepted()) : Optional.empty()).drain();

        assertThat(outcomes).containsExactly(
                new MessageOutcome("CASE_ASSIGNED", caseId, MessageOutcome.TAKEN, OptionalInt.empty(), true));
        assertThat(api.receivedFor(caseId)).isEmpty();
    }

    @Test
    void messagesForAnotherPartnerOrOutsideTheContractAreLeftAlone() {
        String otherPartners = newCaseId();
        send(PartnerMessages.assigned(otherPartners, "sbb", "LEAD"), otherPartners);
        send("{\"hello\":\"world\"}", "unreadable-" + UUID.randomUUID());

        List<MessageOutcome> outcomes = consumer(accepting()).drain();

        assertThat(outcomes).extracting(MessageOutcome::action)
                .containsExactlyInAnyOrder(MessageOutcome.NOT_OURS, MessageOutcome.UNREADABLE);
        assertThat(outcomes).noneMatch(MessageOutcome::deleted);
        assertThat(api.received()).noneMatch(request -> request.path().contains(otherPartners));
    }

    @Test
    void theOutcomeLineNamesTypeCaseActionAndStatusButNoPerson() {
        String caseId = newCaseId();
        send(PartnerMessages.assigned(caseId, "uwv", "LEAD"), caseId);
        StringBuilder printed = new StringBuilder();

        PartnerConsumer.builder().sqs(stack.sqs()).queueName(QUEUE).partnerId("uwv").feedbackApi(feedbackApi)
                .decider(accepting()).onOutcome(outcome -> printed.append(outcome.line()).append('\n'))
                .build().drain();

        assertThat(printed.toString()).isEqualTo("CASE_ASSIGNED case=" + caseId + " action=ACCEPTED http=202 deleted\n");
    }

    private PartnerConsumer consumer(FeedbackDecider decider) {
        return PartnerConsumer.builder().sqs(stack.sqs()).queueName(QUEUE).partnerId("uwv")
                .feedbackApi(feedbackApi).decider(decider).build();
    }

    private static FeedbackDecider accepting() {
        return assignment -> Optional.of(Feedback.accepted());
    }

    private static String newCaseId() {
        return UUID.randomUUID().toString();
    }

    private void send(String body, String caseId) {
        send(body, caseId, UUID.randomUUID().toString());
    }

    private void send(String body, String caseId, String deduplicationId) {
        stack.sqs().sendMessage(request -> request.queueUrl(queueUrl).messageBody(body)
                .messageGroupId(caseId).messageDeduplicationId(deduplicationId));
    }

    private List<Message> receive(String url) {
        return stack.sqs().receiveMessage(request -> request.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages();
    }

    /** Visible and in flight: a message left on the queue is one of these until it is deleted or moved. */
    private int messagesOnQueue() {
        Map<QueueAttributeName, String> counts = stack.sqs().getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return counts.values().stream().mapToInt(Integer::parseInt).sum();
    }
}
