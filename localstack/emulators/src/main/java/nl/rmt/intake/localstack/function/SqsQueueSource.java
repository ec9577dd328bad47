package nl.rmt.intake.localstack.function;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An {@code SQS} event: an event source mapping on a queue, with Lambda's defaults filled in.
 *
 * @param filterPatterns the FilterCriteria patterns, each a JSON document; a message passes if any matches
 * @param maximumConcurrency ScalingConfig.MaximumConcurrency, if set
 */
public record SqsQueueSource(
        String name,
        String queueArn,
        String queueUrl,
        int batchSize,
        Duration maximumBatchingWindow,
        boolean reportBatchItemFailures,
        List<String> filterPatterns,
        Optional<Integer> maximumConcurrency,
        boolean enabled) implements FunctionEvent {

    public SqsQueueSource {
        filterPatterns = List.copyOf(filterPatterns);
    }

    public boolean fifo() {
        return queueArn.endsWith(".fifo");
    }
}
