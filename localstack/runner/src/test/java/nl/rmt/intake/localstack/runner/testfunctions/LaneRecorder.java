package nl.rmt.intake.localstack.runner.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Records, per partition key, the sort keys of the stream records it is given, in the order given; notes the
 * partition keys two invocations held at once, and the most invocations that ran at once. Each takes a moment.
 */
public class LaneRecorder implements RequestHandler<DynamodbEvent, Void> {

    public static final Map<String, List<String>> SORT_KEYS_BY_PARTITION_KEY = new ConcurrentHashMap<>();
    /** The partition keys of the invocations. */
    public static final Overlaps KEYS = new Overlaps();

    @Override
    public Void handleRequest(DynamodbEvent event, Context context) {
        Set<String> keys = event.getRecords().stream().map(record -> record.getDynamodb().getKeys().get("pk").getS())
                .collect(Collectors.toSet());
        return KEYS.during(keys, () -> record(event));
    }

    private static Void record(DynamodbEvent event) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            SORT_KEYS_BY_PARTITION_KEY.computeIfAbsent(record.getDynamodb().getKeys().get("pk").getS(),
                    key -> new CopyOnWriteArrayList<>()).add(record.getDynamodb().getKeys().get("sk").getN());
        }
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
