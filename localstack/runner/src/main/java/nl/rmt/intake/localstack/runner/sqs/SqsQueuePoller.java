package nl.rmt.intake.localstack.runner.sqs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rmt.intake.localstack.function.SqsQueueSource;
import nl.rmt.intake.localstack.runner.filter.EventFilter;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import nl.rmt.intake.localstack.runner.poll.BatchItemFailures;
import nl.rmt.intake.localstack.runner.poll.PollingThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS event source mapping: long-polls the queue, invokes with a batch, and deletes what succeeded.
 * Failed messages are left alone: they come back after the visibility timeout, and the queue's own
 * redrive policy moves them to the dead-letter queue, exactly as with Lambda.
 */
public final class SqsQueuePoller extends PollingThread {

    private static final Logger LOG = LoggerFactory.getLogger(SqsQueuePoller.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_MESSAGES_PER_RECEIVE = 10;
    /**
     * Short polls every 100 ms instead of Lambda's long polls: ElasticMQ returns every visible message to a
     * short poll, and a poll cycle this short lets {@code awaitQuiet} answer in a fraction of a second.
     */
    private static final int WAIT_SECONDS = 0;

    private final LambdaFunction function;
    private final SqsQueueSource source;
    private final SqsClient sqs;
    private final String region;
    private final EventFilter filter;
    private boolean lastReceiveFoundNothing;

    public SqsQueuePoller(LambdaFunction function, SqsQueueSource source, SqsClient sqs, String region) {
        super("sqs-" + function.definition().logicalId() + "-" + source.name());
        this.function = function;
        this.source = source;
        this.sqs = sqs;
        this.region = region;
        this.filter = EventFilter.of(source.filterPatterns());
    }

    @Override
    public String description() {
        return function.definition().logicalId() + " <- SQS " + source.queueUrl();
    }

    @Override
    protected boolean pollOnce() {
        List<Message> received = receiveBatch();
        lastReceiveFoundNothing = received.isEmpty();
        if (received.isEmpty()) {
            return false;
        }
        List<Message> batch = new ArrayList<>();
        List<ObjectNode> records = new ArrayList<>();
        List<Message> filteredOut = new ArrayList<>();
        for (Message message : received) {
            ObjectNode record = SqsRecords.lambdaShape(message, source.queueArn(), region);
            if (filter.accepts(SqsRecords.filterView(record))) {
                batch.add(message);
                records.add(record);
            } else {
                filteredOut.add(message);
            }
        }
        // Lambda deletes the messages its filter criteria drop.
        delete(filteredOut);
        if (!batch.isEmpty()) {
            delete(succeeded(batch, invoke(batch, records)));
        }
        return true;
    }

    /** Nothing visible, in flight or delayed: also no failed message waiting to come back. */
    @Override
    protected boolean idleAfterCycle() {
        if (!lastReceiveFoundNothing) {
            return false;
        }
        Map<QueueAttributeName, String> counts = sqs.getQueueAttributes(request -> request.queueUrl(source.queueUrl())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
        return counts.values().stream().allMatch("0"::equals);
    }

    private List<Message> receiveBatch() {
        List<Message> batch = new ArrayList<>();
        Instant windowEnds = Instant.now().plus(source.maximumBatchingWindow());
        while (batch.size() < source.batchSize()) {
            int wanted = Math.min(MAX_MESSAGES_PER_RECEIVE, source.batchSize() - batch.size());
            List<Message> received = sqs.receiveMessage(request -> request.queueUrl(source.queueUrl())
                    .maxNumberOfMessages(wanted).waitTimeSeconds(WAIT_SECONDS)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                    .messageAttributeNames("All")).messages();
            batch.addAll(received);
            if (!Instant.now().isBefore(windowEnds)) {
                break;
            }
            if (received.isEmpty()) {
                pauseWithinWindow();
            }
        }
        return batch;
    }

    private static void pauseWithinWindow() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while gathering a batch", e);
        }
    }

    private BatchItemFailures invoke(List<Message> batch, List<ObjectNode> records) {
        countDeliveries(batch.size());
        ObjectNode event = NODES.objectNode();
        ArrayNode eventRecords = event.putArray("Records");
        records.forEach(eventRecords::add);
        try {
            String response = function.invoke(event.toString());
            return source.reportBatchItemFailures()
                    ? BatchItemFailures.read(response, batch.stream().map(Message::messageId).collect(Collectors.toSet()))
                    : BatchItemFailures.read(null, Set.of());
        } catch (FunctionFailure e) {
            return BatchItemFailures.wholeBatchFailed();
        }
    }

    /**
     * The messages to delete: every one the function did not report, as Lambda does, on FIFO queues too. Lambda
     * does not hold back the later messages of a failed message's group in the batch: a function that must keep a
     * group in order reports them itself, so the emulator must not do it for it.
     */
    private List<Message> succeeded(List<Message> batch, BatchItemFailures failures) {
        if (failures.wholeBatch()) {
            LOG.info("{}: batch of {} failed; left on the queue for redelivery", function.definition().logicalId(), batch.size());
            return List.of();
        }
        List<Message> done = batch.stream().filter(message -> !failures.failed(message.messageId())).toList();
        if (done.size() < batch.size()) {
            LOG.info("{}: {} of {} message(s) failed; left on the queue for redelivery",
                    function.definition().logicalId(), batch.size() - done.size(), batch.size());
        }
        return done;
    }

    private void delete(List<Message> messages) {
        for (int start = 0; start < messages.size(); start += MAX_MESSAGES_PER_RECEIVE) {
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            List<Message> chunk = messages.subList(start, Math.min(messages.size(), start + MAX_MESSAGES_PER_RECEIVE));
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i).receiptHandle()).build());
            }
            sqs.deleteMessageBatch(request -> request.queueUrl(source.queueUrl()).entries(entries));
        }
    }
}
