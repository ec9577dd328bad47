package nl.rmt.intake.localstack.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.testfunctions.LaneRecorder;
import nl.rmt.intake.localstack.runner.testfunctions.StreamRecorder;
import nl.rmt.intake.localstack.runner.testfunctions.StreamRecorder.Invocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.sqs.model.Message;

class DynamoDbStreamPollerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EmbeddedStack stack = TestRuntime.stack();
    private final LocalLambda lambda = TestRuntime.lambda();

    @BeforeEach
    void settleEarlierWrites() {
        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        StreamRecorder.INVOCATIONS.clear();
    }

    @Test
    void withAParallelizationFactorBatchesOfOtherPartitionKeysRunAtOnceAndEachKeyStaysInOrder() {
        List<String> partitionKeys = List.of("case-1", "case-2", "case-3", "case-4", "case-5", "case-6");
        String table = stack.resources().tableName("LanesTable");
        for (int sortKey = 0; sortKey < 4; sortKey++) {
            for (String partitionKey : partitionKeys) {
                String position = Integer.toString(sortKey);
                stack.dynamoDb().putItem(request -> request.tableName(table).item(Map.of(
                        "pk", AttributeValue.fromS(partitionKey), "sk", AttributeValue.fromN(position))));
            }
        }

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(LaneRecorder.KEYS.keysInTwoInvocations()).isEmpty();
        assertThat(LaneRecorder.KEYS.mostAtOnce()).isGreaterThan(1);
        for (String partitionKey : partitionKeys) {
            assertThat(LaneRecorder.SORT_KEYS_BY_PARTITION_KEY.get(partitionKey)).as(partitionKey)
                    .containsExactly("0", "1", "2", "3");
        }
    }

    @Test
    void insertedItemsReachTheFunctionOnceInOneBatch() {
        write(item("ITEM#plain-1", ""), item("ITEM#plain-2", ""), item("ITEM#plain-3", ""));

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(StreamRecorder.INVOCATIONS).singleElement().satisfies(invocation -> {
            assertThat(invocation.keys()).containsExactly("ITEM#plain-1", "ITEM#plain-2", "ITEM#plain-3");
            assertThat(invocation.eventNames()).containsOnly("INSERT");
        });
    }

    @Test
    void recordsTheFilterDoesNotAcceptNeverReachTheFunction() {
        write(item("OTHER#filtered", ""));
        write(item("ITEM#modified", ""));
        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        StreamRecorder.INVOCATIONS.clear();

        write(item("ITEM#modified", "changed"));

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(StreamRecorder.INVOCATIONS).isEmpty();
    }

    @Test
    void reportedFailureIsRetriedFromThatRecordOnwards() {
        write(item("ITEM#partial-1", ""), item("ITEM#partial-2", "fail-once"), item("ITEM#partial-3", ""));

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(StreamRecorder.INVOCATIONS).extracting(Invocation::keys).containsExactly(
                List.of("ITEM#partial-1", "ITEM#partial-2", "ITEM#partial-3"),
                List.of("ITEM#partial-2", "ITEM#partial-3"));
    }

    @Test
    void failingBatchIsBisectedUntilTheBadRecordIsAloneThenRetriedAndSentToTheOnFailureQueue() throws Exception {
        String failureQueue = stack.resources().queueUrl("StreamFailureQueue");
        write(item("ITEM#bisect-1", ""), item("ITEM#bisect-2", "throw"), item("ITEM#bisect-3", ""), item("ITEM#bisect-4", ""));

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(StreamRecorder.INVOCATIONS).extracting(Invocation::keys).containsExactly(
                List.of("ITEM#bisect-1", "ITEM#bisect-2", "ITEM#bisect-3", "ITEM#bisect-4"),
                List.of("ITEM#bisect-1", "ITEM#bisect-2"),
                List.of("ITEM#bisect-1"),
                // MaximumRetryAttempts 2: the first try and two retries.
                List.of("ITEM#bisect-2"),
                List.of("ITEM#bisect-2"),
                List.of("ITEM#bisect-2"),
                List.of("ITEM#bisect-3", "ITEM#bisect-4"));

        List<Message> failures = stack.sqs().receiveMessage(request -> request.queueUrl(failureQueue)
                .waitTimeSeconds(1)).messages();
        assertThat(failures).hasSize(1);
        JsonNode failure = JSON.readTree(failures.get(0).body());
        assertThat(failure.path("requestContext").path("condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(failure.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(failure.path("requestContext").path("functionArn").asText())
                .isEqualTo("arn:aws:lambda:eu-west-1:000000000000:function:rmt-intake-StreamFunction");
        assertThat(failure.path("responseContext").path("functionError").asText()).isEqualTo("Unhandled");
        JsonNode batchInfo = failure.path("DDBStreamBatchInfo");
        assertThat(batchInfo.path("batchSize").asInt()).isEqualTo(1);
        assertThat(batchInfo.path("startSequenceNumber").asText()).isEqualTo(batchInfo.path("endSequenceNumber").asText());
        assertThat(batchInfo.path("streamArn").asText()).isEqualTo(stack.resources().streamArn("ItemsTable"));
        assertThat(batchInfo.path("shardId").asText()).isNotEmpty();
        stack.sqs().deleteMessage(request -> request.queueUrl(failureQueue).receiptHandle(failures.get(0).receiptHandle()));
    }

    @Test
    void shardMovesOnAfterGivingUpOnABatch() {
        write(item("ITEM#poison", "throw"));
        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();

        write(item("ITEM#after-poison", ""));

        assertThat(lambda.awaitQuiet(TestRuntime.QUIET_TIMEOUT)).isTrue();
        assertThat(StreamRecorder.INVOCATIONS).last()
                .satisfies(invocation -> assertThat(invocation.keys()).containsExactly("ITEM#after-poison"));
        stack.sqs().purgeQueue(request -> request.queueUrl(stack.resources().queueUrl("StreamFailureQueue")));
    }

    @SafeVarargs
    private void write(Map<String, AttributeValue>... items) {
        List<WriteRequest> writes = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        String table = stack.resources().tableName("ItemsTable");
        stack.dynamoDb().batchWriteItem(request -> request.requestItems(Map.of(table, writes)));
    }

    private static Map<String, AttributeValue> item(String pk, String behaviour) {
        return Map.of("pk", AttributeValue.fromS(pk), "behaviour", AttributeValue.fromS(behaviour));
    }
}
