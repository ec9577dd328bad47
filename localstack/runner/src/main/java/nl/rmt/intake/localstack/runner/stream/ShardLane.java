package nl.rmt.intake.localstack.runner.stream;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The records of one shard whose partition keys hash to one lane: Lambda hands a shard's lanes to the function at
 * once (ParallelizationFactor), each lane's batches one after the other, so that a partition key's records stay in
 * order. Touched only by the poller's own thread.
 */
final class ShardLane {

    final List<StreamBatch.Entry> buffered = new ArrayList<>();
    Instant bufferedSince;
    final Deque<StreamBatch> retries = new ArrayDeque<>();
    Instant retryNotBefore = Instant.MIN;
    /** A batch of this lane is with the function. */
    boolean inFlight;

    boolean empty() {
        return buffered.isEmpty() && retries.isEmpty() && !inFlight;
    }

    void buffer(StreamBatch.Entry entry) {
        if (buffered.isEmpty()) {
            bufferedSince = Instant.now();
        }
        buffered.add(entry);
    }
}
