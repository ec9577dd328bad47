package nl.rmt.intake.localstack.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.testfunctions.QueueRecorder;
import nl.rmt.intake.localstack.runner.testfunctions.QueueRecorder.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

class SqsQueuePollerTest {

    private final EmbeddedStack stack = TestRuntime.stack();
    private final LocalLambda lambda = TestRuntime.lambda();

    @BeforeEach
    void settleEarlierMessages() {
        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        QueueRecorder.DELIVERIES.clear();
        QueueRecorder.GROUPS.clear();
    }

    @Test
    void onAFifoQueueSeveralBatchesRunAtOnceButAGroupIsInOneAtATimeAndInOrder() {
        String queue = stack.resources().queueUrl("OrderedQueue");
        List<String> groups = List.of("g1", "g2", "g3", "g4", "g5", "g6");
        for (int number = 0; number < 6; number++) {
            int position = number;
            List<SendMessageBatchRequestEntry> entries = groups.stream().map(group -> SendMessageBatchRequestEntry
                    .builder().id(group).messageGroupId(group).messageDeduplicationId(group + "-" + position)
                    .messageBody("slow-" + group + "-" + position).build()).toList();
            stack.sqs().sendMessageBatch(request -> request.queueUrl(queue).entries(entries));
        }

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(QueueRecorder.GROUPS.keysInTwoInvocations()).isEmpty();
        assertThat(QueueRecorder.GROUPS.mostAtOnce()).isGreaterThan(1);
        for (String group : groups) {
            assertThat(QueueRecorder.DELIVERIES).filteredOn(delivery -> group.equals(delivery.groupId()))
                    .extracting(Delivery::body).containsExactly("slow-" + group + "-0", "slow-" + group + "-1",
                            "slow-" + group + "-2", "slow-" + group + "-3", "slow-" + group + "-4",
                            "slow-" + group + "-5");
        }
    }

    @Test
    void deliversMessagesInTheLambdaShapeAndDeletesThemOnSuccess() {
        String queue = stack.resources().queueUrl("WorkQueue");
        stack.sqs().sendMessage(request -> request.queueUrl(queue).messageBody("ok-shape"));

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(QueueRecorder.DELIVERIES).singleElement().satisfies(delivery -> {
            assertThat(delivery.body()).isEqualTo("ok-shape");
            assertThat(delivery.receiveCount()).isEqualTo("1");
            assertThat(delivery.eventSourceArn()).isEqualTo(stack.resources().queueArn("WorkQueue"));
        });
        assertThat(visibleMessages("WorkQueue")).isEmpty();
    }

    @Test
    void reportedFailureIsRedeliveredUntilTheRedrivePolicyMovesItToTheDeadLetterQueue() {
        String queue = stack.resources().queueUrl("WorkQueue");
        stack.sqs().sendMessageBatch(request -> request.queueUrl(queue).entries(
                SendMessageBatchRequestEntry.builder().id("1").messageBody("ok-partial").build(),
                SendMessageBatchRequestEntry.builder().id("2").messageBody("fail-always-partial").build()));

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(QueueRecorder.DELIVERIES).filteredOn(delivery -> delivery.body().equals("ok-partial")).hasSize(1);
        assertThat(QueueRecorder.DELIVERIES).filteredOn(delivery -> delivery.body().equals("fail-always-partial"))
                .extracting(Delivery::receiveCount).containsExactly("1", "2");
        assertThat(visibleMessages("WorkDeadLetterQueue")).extracting(Message::body).containsExactly("fail-always-partial");
    }

    @Test
    void thrownExceptionLeavesTheWholeBatchForRedelivery() {
        String queue = stack.resources().queueUrl("WorkQueue");
        stack.sqs().sendMessageBatch(request -> request.queueUrl(queue).entries(
                SendMessageBatchRequestEntry.builder().id("1").messageBody("throw-once-batch").build(),
                SendMessageBatchRequestEntry.builder().id("2").messageBody("ok-batch").build()));

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(QueueRecorder.DELIVERIES).filteredOn(delivery -> delivery.body().equals("ok-batch"))
                .extracting(Delivery::receiveCount).containsExactly("1", "2");
        assertThat(visibleMessages("WorkQueue")).isEmpty();
        assertThat(visibleMessages("WorkDeadLetterQueue")).isEmpty();
    }

    @Test
    void onAFifoQueueDeletesEveryMessageTheFunctionDidNotReportAsLambdaDoes() {
        String queue = stack.resources().queueUrl("OrderedQueue");
        stack.sqs().sendMessageBatch(request -> request.queueUrl(queue).entries(
                SendMessageBatchRequestEntry.builder().id("1").messageBody("fail-once-a1").messageGroupId("a").build(),
                SendMessageBatchRequestEntry.builder().id("2").messageBody("ok-a2").messageGroupId("a").build(),
                SendMessageBatchRequestEntry.builder().id("3").messageBody("ok-b1").messageGroupId("b").build()));

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        List<String> bodies = QueueRecorder.DELIVERIES.stream().map(Delivery::body).toList();
        assertThat(bodies).filteredOn("ok-b1"::equals).hasSize(1);
        assertThat(bodies).filteredOn("fail-once-a1"::equals).hasSize(2);
        // Reported as done, so deleted: keeping a group in order after a failure is the function's task.
        assertThat(bodies).filteredOn("ok-a2"::equals).hasSize(1);
        assertThat(visibleMessages("OrderedQueue")).isEmpty();
    }

    private List<Message> visibleMessages(String logicalId) {
        String queue = stack.resources().queueUrl(logicalId);
        return stack.sqs().receiveMessage(request -> request.queueUrl(queue).maxNumberOfMessages(10)
                .waitTimeSeconds(0)).messages();
    }
}
