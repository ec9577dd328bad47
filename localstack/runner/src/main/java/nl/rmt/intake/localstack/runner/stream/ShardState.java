package nl.rmt.intake.localstack.runner.stream;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;

/** Where the poller is in one shard: its iterator, records waiting for a batch, and batches waiting for a retry. */
final class ShardState {

    final String shardId;
    final String parentShardId;
    final ShardIteratorType initialPosition;
    String iterator;
    String lastFetchedSequenceNumber;
    boolean closed;
    boolean foundRecordsInLastRead;
    final List<StreamBatch.Entry> buffered = new ArrayList<>();
    Instant bufferedSince;
    final Deque<StreamBatch> retries = new ArrayDeque<>();
    Instant retryNotBefore = Instant.MIN;

    ShardState(String shardId, String parentShardId, ShardIteratorType initialPosition) {
        this.shardId = shardId;
        this.parentShardId = parentShardId;
        this.initialPosition = initialPosition;
    }

    /** Read to its end and every record handed over or given up on: children may start. */
    boolean finished() {
        return closed && buffered.isEmpty() && retries.isEmpty();
    }

    boolean idle() {
        return buffered.isEmpty() && retries.isEmpty() && !foundRecordsInLastRead;
    }
}
