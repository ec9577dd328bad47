package nl.rmt.intake.localstack.runner.stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.rmt.intake.localstack.function.DynamoDbStreamSource;
import nl.rmt.intake.localstack.runner.filter.EventFilter;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.FunctionThrottled;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import nl.rmt.intake.localstack.runner.poll.BatchItemFailures;
import nl.rmt.intake.localstack.runner.poll.PollingThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A DynamoDB event source mapping: reads every shard of a table's stream in order (a child shard after
 * its parent), filters, batches, invokes, and handles failures like Lambda: partial batch responses,
 * bisecting, retries up to MaximumRetryAttempts and the OnFailure destination. Every shard has its own batch in
 * flight, and with a ParallelizationFactor up to that many, each of records whose partition keys hash to one of the
 * shard's lanes; a lane waits while one of its batches is with the function or waiting for a retry, so records of
 * one partition key are never handed over out of order. All state is kept by the polling thread; the invocations
 * run on their own threads and report back.
 */
public final class DynamoDbStreamPoller extends PollingThread {

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbStreamPoller.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Lambda reads up to this many records per GetRecords call, then cuts them into batches. */
    private static final int RECORDS_PER_READ = 1000;
    private static final Duration SHARD_DISCOVERY_INTERVAL = Duration.ofSeconds(1);
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY_DELAY = Duration.ofSeconds(2);
    /** How long the polling thread waits for an invocation to end when it has nothing else to do. */
    private static final Duration WAIT_FOR_AN_INVOCATION = Duration.ofMillis(100);

    private final LambdaFunction function;
    private final DynamoDbStreamSource source;
    private final DynamoDbStreamsClient streams;
    private final SqsClient sqs;
    private final String region;
    private final EventFilter filter;
    private final Map<String, ShardState> shards = new LinkedHashMap<>();
    private final ExecutorService invocations;
    private final BlockingQueue<Invoked> invoked = new LinkedBlockingQueue<>();
    private int inFlight;
    private String partitionKeyName;
    private Instant nextShardDiscovery = Instant.MIN;
    private boolean shardsListedOnce;

    /** A batch the function is done with, and how it went. */
    private record Invoked(ShardState shard, ShardLane lane, StreamBatch batch, BatchItemFailures failures,
                           String functionError) {
    }

    public DynamoDbStreamPoller(LambdaFunction function, DynamoDbStreamSource source, DynamoDbStreamsClient streams,
                                SqsClient sqs, String region) {
        super("stream-" + function.definition().logicalId() + "-" + source.name());
        this.function = function;
        this.source = source;
        this.streams = streams;
        this.sqs = sqs;
        this.region = region;
        this.filter = EventFilter.of(source.filterPatterns());
        String threadName = "stream-" + function.definition().logicalId() + "-" + source.name() + "-invoke";
        this.invocations = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String description() {
        return function.definition().logicalId() + " <- DynamoDB stream " + source.streamArn();
    }

    @Override
    public void close() {
        super.close();
        invocations.shutdownNow();
    }

    @Override
    protected boolean pollOnce() {
        boolean worked = takeInvoked(Duration.ZERO);
        discoverShards();
        for (ShardState shard : new ArrayList<>(shards.values())) {
            if (parentFinished(shard)) {
                worked |= advance(shard);
            }
        }
        if (!worked && inFlight > 0) {
            worked = takeInvoked(WAIT_FOR_AN_INVOCATION);
        }
        return worked;
    }

    @Override
    protected boolean idleAfterCycle() {
        return inFlight == 0 && invoked.isEmpty() && shards.values().stream().allMatch(ShardState::idle);
    }

    private boolean advance(ShardState shard) {
        boolean worked = false;
        for (ShardLane lane : shard.lanes) {
            if (lane.inFlight) {
                continue;
            }
            if (!lane.retries.isEmpty()) {
                if (!Instant.now().isBefore(lane.retryNotBefore)) {
                    invoke(shard, lane, lane.retries.pop());
                    worked = true;
                }
            } else if (batchIsDue(shard, lane)) {
                int size = Math.min(source.batchSize(), lane.buffered.size());
                List<StreamBatch.Entry> entries = new ArrayList<>(lane.buffered.subList(0, size));
                lane.buffered.subList(0, size).clear();
                lane.bufferedSince = lane.buffered.isEmpty() ? null : Instant.now();
                invoke(shard, lane, new StreamBatch(entries, 0));
                worked = true;
            }
        }
        if (shard.closed) {
            shard.foundRecordsInLastRead = false;
            return worked;
        }
        // Read ahead while the lanes work, as Lambda does, but not without bound.
        if (shard.buffered() < RECORDS_PER_READ) {
            worked |= read(shard);
        }
        return worked;
    }

    private boolean batchIsDue(ShardState shard, ShardLane lane) {
        if (lane.buffered.isEmpty()) {
            return false;
        }
        return lane.buffered.size() >= source.batchSize()
                || shard.closed
                || !Instant.now().isBefore(lane.bufferedSince.plus(source.maximumBatchingWindow()));
    }

    private boolean read(ShardState shard) {
        if (shard.iterator == null) {
            shard.iterator = openIterator(shard);
        }
        GetRecordsResponse response;
        try {
            String iterator = shard.iterator;
            response = streams.getRecords(request -> request.shardIterator(iterator).limit(RECORDS_PER_READ));
        } catch (ExpiredIteratorException | TrimmedDataAccessException e) {
            shard.iterator = null;
            return false;
        }
        shard.iterator = response.nextShardIterator();
        shard.closed = shard.iterator == null;
        shard.foundRecordsInLastRead = response.hasRecords() && !response.records().isEmpty();
        for (Record record : response.records()) {
            shard.lastFetchedSequenceNumber = record.dynamodb().sequenceNumber();
            ObjectNode json = StreamRecords.lambdaShape(record, source.streamArn(), region);
            if (filter.accepts(json)) {
                shard.laneOf(partitionKey(record)).buffer(new StreamBatch.Entry(record, json));
            }
        }
        return shard.foundRecordsInLastRead;
    }

    private Object partitionKey(Record record) {
        Map<String, AttributeValue> keys = record.dynamodb().keys();
        AttributeValue value = partitionKeyName == null ? null : keys.get(partitionKeyName);
        return value != null ? value : keys;
    }

    private String openIterator(ShardState shard) {
        if (shard.lastFetchedSequenceNumber != null) {
            return streams.getShardIterator(request -> request.streamArn(source.streamArn()).shardId(shard.shardId)
                    .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                    .sequenceNumber(shard.lastFetchedSequenceNumber)).shardIterator();
        }
        return streams.getShardIterator(request -> request.streamArn(source.streamArn()).shardId(shard.shardId)
                .shardIteratorType(shard.initialPosition)).shardIterator();
    }

    private void invoke(ShardState shard, ShardLane lane, StreamBatch batch) {
        countDeliveries(batch.size());
        lane.inFlight = true;
        inFlight++;
        String event = event(batch);
        invocations.execute(() -> {
            BatchItemFailures failures = BatchItemFailures.wholeBatchFailed();
            String functionError = "Unhandled";
            try {
                String response = function.invoke(event);
                failures = source.reportBatchItemFailures()
                        ? BatchItemFailures.read(response, batch.entries().stream()
                                .map(StreamBatch.Entry::sequenceNumber).collect(Collectors.toSet()))
                        : BatchItemFailures.read(null, Set.of());
                functionError = null;
            } catch (FunctionFailure | FunctionThrottled e) {
                // The whole batch failed; it is retried like any failed invocation.
            } finally {
                invoked.add(new Invoked(shard, lane, batch, failures, functionError));
            }
        });
    }

    /** Applies what the invocations that ended reported; waits up to {@code wait} for the first. */
    private boolean takeInvoked(Duration wait) {
        Invoked done;
        try {
            done = wait.isZero() ? invoked.poll() : invoked.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        boolean any = false;
        while (done != null) {
            any = true;
            done.lane().inFlight = false;
            inFlight--;
            settle(done);
            done = invoked.poll();
        }
        return any;
    }

    private void settle(Invoked done) {
        BatchItemFailures failures = done.failures();
        ShardLane lane = done.lane();
        StreamBatch batch = done.batch();
        if (failures.none()) {
            lane.retryNotBefore = Instant.MIN;
            return;
        }
        if (failures.wholeBatch()) {
            failed(done.shard(), lane, batch, done.functionError(), source.bisectBatchOnFunctionError());
            return;
        }
        // The records before the first reported failure are done; Lambda retries from that record on.
        int firstFailed = 0;
        while (!failures.failed(batch.entries().get(firstFailed).sequenceNumber())) {
            firstFailed++;
        }
        failed(done.shard(), lane, batch.from(firstFailed, batch.failedInvocations()), null, false);
    }

    private void failed(ShardState shard, ShardLane lane, StreamBatch batch, String functionError, boolean bisect) {
        if (bisect && batch.size() > 1) {
            lane.retries.push(batch.secondHalf());
            lane.retries.push(batch.firstHalf());
            return;
        }
        StreamBatch again = new StreamBatch(batch.entries(), batch.failedInvocations() + 1);
        int retriesAllowed = source.maximumRetryAttempts();
        if (retriesAllowed >= 0 && again.failedInvocations() > retriesAllowed) {
            giveUp(shard, again, functionError);
            return;
        }
        lane.retries.push(again);
        lane.retryNotBefore = Instant.now().plus(retryDelay(again.failedInvocations()));
    }

    private void giveUp(ShardState shard, StreamBatch batch, String functionError) {
        LOG.warn("{}: giving up on {} record(s) of shard {} (sequence {}..{}) after {} invocations",
                function.definition().logicalId(), batch.size(), shard.shardId, batch.firstSequenceNumber(),
                batch.lastSequenceNumber(), batch.failedInvocations());
        if (source.onFailureQueueUrl().isPresent()) {
            String queueUrl = source.onFailureQueueUrl().get();
            String body = StreamFailureRecord.of(batch, shard.shardId, source.streamArn(), function.arn(), functionError).toString();
            sqs.sendMessage(request -> {
                request.queueUrl(queueUrl).messageBody(body);
                if (queueUrl.endsWith(".fifo")) {
                    request.messageGroupId(shard.shardId).messageDeduplicationId(
                            Integer.toHexString(body.hashCode()) + "-" + System.nanoTime());
                }
            });
        } else if (source.onFailureDestinationArn().isPresent()) {
            LOG.warn("{}: OnFailure destination {} is not a local queue; the failure record is dropped",
                    function.definition().logicalId(), source.onFailureDestinationArn().get());
        }
    }

    private void discoverShards() {
        Instant now = Instant.now();
        boolean childMayExist = shards.values().stream().anyMatch(shard -> shard.closed);
        if (now.isBefore(nextShardDiscovery) && !childMayExist) {
            return;
        }
        nextShardDiscovery = now.plus(SHARD_DISCOVERY_INTERVAL);
        if (!shardsListedOnce) {
            // Lambda checks, when the mapping is created, that the role may list the table's streams.
            String table = source.streamArn().substring(source.streamArn().indexOf(":table/") + ":table/".length(),
                    source.streamArn().indexOf("/stream/"));
            streams.listStreams(request -> request.tableName(table));
        }
        String lastEvaluated = null;
        do {
            String startAfter = lastEvaluated;
            StreamDescription description = streams.describeStream(request -> request.streamArn(source.streamArn())
                    .exclusiveStartShardId(startAfter)).streamDescription();
            description.keySchema().stream().filter(key -> key.keyType() == KeyType.HASH).findFirst()
                    .ifPresent(key -> partitionKeyName = key.attributeName());
            for (Shard shard : description.shards()) {
                // Shards present when the mapping starts begin at StartingPosition; later ones from their start.
                ShardIteratorType position = shardsListedOnce
                        ? ShardIteratorType.TRIM_HORIZON : ShardIteratorType.fromValue(source.startingPosition());
                shards.computeIfAbsent(shard.shardId(),
                        id -> new ShardState(id, shard.parentShardId(), position, source.parallelizationFactor()));
            }
            lastEvaluated = description.lastEvaluatedShardId();
        } while (lastEvaluated != null);
        // Finished shards stay known: DescribeStream lists them for a day, and they must not be read again.
        shardsListedOnce = true;
    }

    private boolean parentFinished(ShardState shard) {
        ShardState parent = shard.parentShardId == null ? null : shards.get(shard.parentShardId);
        return parent == null || parent.finished();
    }

    private String event(StreamBatch batch) {
        ObjectNode event = NODES.objectNode();
        ArrayNode records = event.putArray("Records");
        batch.entries().forEach(entry -> records.add(entry.json()));
        return event.toString();
    }

    private static Duration retryDelay(int failedInvocations) {
        long millis = FIRST_RETRY_DELAY.toMillis() << Math.min(failedInvocations - 1, 10);
        return Duration.ofMillis(Math.min(millis, LONGEST_RETRY_DELAY.toMillis()));
    }
}
