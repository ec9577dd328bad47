package nl.rmt.intake.localstack.runner.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every stream batch it is given. An item's {@code behaviour} attribute steers it:
 * {@code throw} fails the whole invocation, {@code fail-once} reports the item as failed the first
 * time it is seen.
 */
public class StreamRecorder implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    /** One entry per invocation: the pk of each record, and whether the invocation threw. */
    public record Invocation(List<String> keys, List<String> eventNames, boolean threw) {
    }

    public static final List<Invocation> INVOCATIONS = new CopyOnWriteArrayList<>();
    private static final Map<String, Boolean> FAILED_ONCE = new ConcurrentHashMap<>();

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<String> keys = new ArrayList<>();
        List<String> eventNames = new ArrayList<>();
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        boolean mustThrow = false;
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            String pk = record.getDynamodb().getKeys().get("pk").getS();
            keys.add(pk);
            eventNames.add(record.getEventName());
            AttributeValue behaviour = record.getDynamodb().getNewImage() == null
                    ? null : record.getDynamodb().getNewImage().get("behaviour");
            String steer = behaviour == null ? "" : behaviour.getS();
            if (steer.equals("throw")) {
                mustThrow = true;
            } else if (steer.equals("fail-once") && FAILED_ONCE.putIfAbsent(pk, true) == null) {
                failures.add(new StreamsEventResponse.BatchItemFailure(record.getDynamodb().getSequenceNumber()));
            }
        }
        INVOCATIONS.add(new Invocation(List.copyOf(keys), List.copyOf(eventNames), mustThrow));
        if (mustThrow) {
            throw new IllegalStateException("deliberate failure");
        }
        return new StreamsEventResponse(failures);
    }
}
