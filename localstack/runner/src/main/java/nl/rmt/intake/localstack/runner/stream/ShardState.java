package nl.rmt.intake.localstack.runner.stream;

import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;

/** Where the poller is in one shard: its iterator, and its lanes' records waiting for a batch or a retry. */
final class ShardState {

    final String shardId;
    final String parentShardId;
    final ShardIteratorType initialPosition;
    final ShardLane[] lanes;
    String iterator;
    String lastFetchedSequenceNumber;
    boolean closed;
    boolean foundRecordsInLastRead;

    ShardState(String shardId, String parentShardId, ShardIteratorType initialPosition, int parallelizationFactor) {
        this.shardId = shardId;
        this.parentShardId = parentShardId;
        this.initialPosition = initialPosition;
        this.lanes = new ShardLane[Math.max(1, parallelizationFactor)];
        Arrays.setAll(lanes, lane -> new ShardLane());
    }

    /** The lane of a record's partition key value. */
    ShardLane laneOf(Object partitionKey) {
        return lanes[Math.floorMod(partitionKey.hashCode(), lanes.length)];
    }

    int buffered() {
        return Arrays.stream(lanes).mapToInt(lane -> lane.buffered.size()).sum();
    }

    /** Read to its end and every record handed over or given up on: children may start. */
    boolean finished() {
        return closed && Arrays.stream(lanes).allMatch(ShardLane::empty);
    }

    boolean idle() {
        return Arrays.stream(lanes).allMatch(ShardLane::empty) && !foundRecordsInLastRead;
    }
}
