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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.rmt.intake.localstack.function.SqsQueueSource;
import nl.rmt.intake.localstack.runner.filter.EventFilter;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.FunctionThrottled;
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
 * An SQS event source mapping: polls the queue, invokes with a batch, and deletes what succeeded.
 * Failed messages are left alone: they come back after the visibility timeout, and the queue's own
 * redrive policy moves them to the dead-letter queue, exactly as with Lambda. Several batches are with the
 * function at once (see {@link #concurrentBatches}), each on its own thread; on a FIFO queue the queue itself keeps
 * a message group from two of them (none of a group is handed out while another of it is in flight), so a group
 * stays in order, as Lambda guarantees.
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
    /** How long the polling thread waits for a batch to finish when every one it may run is with the function. */
    private static final long WAIT_FOR_A_FREE_SLOT_MILLIS = 100;

    private final LambdaFunction function;
    private final SqsQueueSource source;
    private final SqsClient sqs;
    private final String region;
    private final EventFilter filter;
    private final Semaphore freeSlots;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ExecutorService invocations;
    private boolean lastReceiveFoundNothing;

    public SqsQueuePoller(LambdaFunction function, SqsQueueSource source, SqsClient sqs, String region) {
        super("sqs-" + function.definition().logicalId() + "-" + source.name());
        this.function = function;
        this.source = source;
        this.sqs = sqs;
        this.region = region;
        this.filter = EventFilter.of(source.filterPatterns());
        this.freeSlots = new Semaphore(concurrentBatches(function, source));
        String threadName = "sqs-" + function.definition().logicalId() + "-" + source.name() + "-invoke";
        this.invocations = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * How many batches of the mapping may be with the function at once: as many as the function may have
     * instances, at most the mapping's ScalingConfig.MaximumConcurrency.
     */
    public static int concurrentBatches(LambdaFunction function, SqsQueueSource source) {
        int instances = Math.max(1, function.concurrency());
        return source.maximumConcurrency().map(maximum -> Math.min(maximum, instances)).orElse(instances);
    }

    @Override
    public String description() {
        return function.definition().logicalId() + " <- SQS " + source.queueUrl();
    }

    @Override
    public void close() {
        super.close();
        invocations.shutdownNow();
    }

    @Override
    protected boolean pollOnce() {
        try {
            if (!freeSlots.tryAcquire(WAIT_FOR_A_FREE_SLOT_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        boolean handedOver = false;
        try {
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
                countDeliveries(batch.size());
                inFlight.incrementAndGet();
                invocations.execute(() -> invokeAndDelete(batch, records));
                handedOver = true;
            }
            return true;
        } finally {
            if (!handedOver) {
                freeSlots.release();
            }
        }
    }

    private void invokeAndDelete(List<Message> batch, List<ObjectNode> records) {
        try {
            delete(succeeded(batch, invoke(batch, records)));
        } catch (RuntimeException e) {
            // Not deleted: the messages come back after their visibility timeout, as with Lambda.
            LOG.warn("{}: deleting a handled batch failed", description(), e);
        } finally {
            inFlight.decrementAndGet();
            freeSlots.release();
        }
    }

    /** Nothing visible, in flight or delayed: also no failed message waiting to come back. */
    @Override
    protected boolean idleAfterCycle() {
        if (!lastReceiveFoundNothing || inFlight.get() > 0) {
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
        ObjectNode event = NODES.objectNode();
        ArrayNode eventRecords = event.putArray("Records");
        records.forEach(eventRecords::add);
        try {
            String response = function.invoke(event.toString());
            return source.reportBatchItemFailures()
                    ? BatchItemFailures.read(response, batch.stream().map(Message::messageId).collect(Collectors.toSet()))
                    : BatchItemFailures.read(null, Set.of());
        } catch (FunctionFailure | FunctionThrottled e) {
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
