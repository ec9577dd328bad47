package nl.rmt.intake.localstack.function;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A {@code DynamoDB} event: an event source mapping on a table stream, with Lambda's defaults filled in.
 *
 * @param maximumRetryAttempts -1 means retry until the record expires, as on AWS
 * @param parallelizationFactor how many batches of one shard may be in flight at once, each of other partition keys
 * @param filterPatterns the FilterCriteria patterns, each a JSON document; a record passes if any matches
 * @param onFailureQueueUrl the OnFailure destination's URL when the destination is a local queue
 */
public record DynamoDbStreamSource(
        String name,
        String streamArn,
        String startingPosition,
        int batchSize,
        Duration maximumBatchingWindow,
        int maximumRetryAttempts,
        int parallelizationFactor,
        boolean bisectBatchOnFunctionError,
        boolean reportBatchItemFailures,
        List<String> filterPatterns,
        Optional<String> onFailureDestinationArn,
        Optional<String> onFailureQueueUrl,
        boolean enabled) implements FunctionEvent {

    public DynamoDbStreamSource {
        filterPatterns = List.copyOf(filterPatterns);
    }
}
