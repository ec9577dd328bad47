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
import java.util.stream.Collectors;
import nl.rmt.intake.localstack.function.DynamoDbStreamSource;
import nl.rmt.intake.localstack.runner.filter.EventFilter;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import nl.rmt.intake.localstack.runner.poll.BatchItemFailures;
import nl.rmt.intake.localstack.runner.poll.PollingThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
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
 * bisecting, retries up to MaximumRetryAttempts and the OnFailure destination. A shard waits while one
 * of its batches is being retried, so records of a shard are never handed over out of order.
 */
public final class DynamoDbStreamPoller extends PollingThread {

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbStreamPoller.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Lambda reads up to this many records per GetRecords call, then cuts them into batches. */
    private static final int RECORDS_PER_READ = 1000;
    private static final Duration SHARD_DISCOVERY_INTERVAL = Duration.ofSeconds(1);
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY_DELAY = Duration.ofSeconds(2);

    private final LambdaFunction function;
    private final DynamoDbStreamSource source;
    private final DynamoDbStreamsClient streams;
    private final SqsClient sqs;
    private final String region;
    private final EventFilter filter;
    private final Map<String, ShardState> shards = new LinkedHashMap<>();
    private Instant nextShardDiscovery = Instant.MIN;
    private boolean shardsListedOnce;

    public DynamoDbStreamPoller(LambdaFunction function, DynamoDbStreamSource source, DynamoDbStreamsClient streams,
                                SqsClient sqs, String region) {
        super("stream-" + function.definition().logicalId() + "-" + source.name());
        this.function = function;
        this.source = source;
        this.streams = streams;
        this.sqs = sqs;
        this.region = region;
        this.filter = EventFilter.of(source.filterPatterns());
    }

    @Override
    public String description() {
        return function.definition().logicalId() + " <- DynamoDB stream " + source.streamArn();
    }

    @Override
    protected boolean pollOnce() {
        discoverShards();
        boolean worked = false;
        for (ShardState shard : new ArrayList<>(shards.values())) {
            if (parentFinished(shard)) {
                worked |= advance(shard);
            }
        }
        return worked;
    }

    @Override
    protected boolean idleAfterCycle() {
        return shards.values().stream().allMatch(ShardState::idle);
    }

    private boolean advance(ShardState shard) {
        if (!shard.retries.isEmpty()) {
            if (Instant.now().isBefore(shard.retryNotBefore)) {
                return false;
            }
            process(shard, shard.retries.pop());
            return true;
        }
        if (batchIsDue(shard)) {
            int size = Math.min(source.batchSize(), shard.buffered.size());
            List<StreamBatch.Entry> entries = new ArrayList<>(shard.buffered.subList(0, size));
            shard.buffered.subList(0, size).clear();
            shard.bufferedSince = shard.buffered.isEmpty() ? null : Instant.now();
            process(shard, new StreamBatch(entries, 0));
            return true;
        }
        if (shard.closed) {
            shard.foundRecordsInLastRead = false;
            return false;
        }
        return read(shard);
    }

    private boolean batchIsDue(ShardState shard) {
        if (shard.buffered.isEmpty()) {
            return false;
        }
        return shard.buffered.size() >= source.batchSize()
                || shard.closed
                || !Instant.now().isBefore(shard.bufferedSince.plus(source.maximumBatchingWindow()));
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
                if (shard.buffered.isEmpty()) {
                    shard.bufferedSince = Instant.now();
                }
                shard.buffered.add(new StreamBatch.Entry(record, json));
            }
        }
        return shard.foundRecordsInLastRead;
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

    private void process(ShardState shard, StreamBatch batch) {
        countDeliveries(batch.size());
        BatchItemFailures failures;
        String functionError = null;
        try {
            String response = function.invoke(event(batch));
            failures = source.reportBatchItemFailures()
                    ? BatchItemFailures.read(response, batch.entries().stream()
                            .map(StreamBatch.Entry::sequenceNumber).collect(Collectors.toSet()))
                    : BatchItemFailures.read(null, Set.of());
        } catch (FunctionFailure e) {
            failures = BatchItemFailures.wholeBatchFailed();
            functionError = "Unhandled";
        }
        if (failures.none()) {
            shard.retryNotBefore = Instant.MIN;
            return;
        }
        if (failures.wholeBatch()) {
            failed(shard, batch, functionError, source.bisectBatchOnFunctionError());
            return;
        }
        // The records before the first reported failure are done; Lambda retries from that record on.
        int firstFailed = 0;
        while (!failures.failed(batch.entries().get(firstFailed).sequenceNumber())) {
            firstFailed++;
        }
        failed(shard, batch.from(firstFailed, batch.failedInvocations()), null, false);
    }

    private void failed(ShardState shard, StreamBatch batch, String functionError, boolean bisect) {
        if (bisect && batch.size() > 1) {
            shard.retries.push(batch.secondHalf());
            shard.retries.push(batch.firstHalf());
            return;
        }
        StreamBatch again = new StreamBatch(batch.entries(), batch.failedInvocations() + 1);
        int retriesAllowed = source.maximumRetryAttempts();
        if (retriesAllowed >= 0 && again.failedInvocations() > retriesAllowed) {
            giveUp(shard, again, functionError);
            return;
        }
        shard.retries.push(again);
        shard.retryNotBefore = Instant.now().plus(retryDelay(again.failedInvocations()));
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
            for (Shard shard : description.shards()) {
                // Shards present when the mapping starts begin at StartingPosition; later ones from their start.
                ShardIteratorType position = shardsListedOnce
                        ? ShardIteratorType.TRIM_HORIZON : ShardIteratorType.fromValue(source.startingPosition());
                shards.computeIfAbsent(shard.shardId(), id -> new ShardState(id, shard.parentShardId(), position));
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
