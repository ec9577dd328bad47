package nl.rmt.intake.localstack.runner.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Records every message it is given. A body starting with {@code fail} is reported as failed,
 * {@code throw-once} throws on its first delivery and {@code fail-once} fails its first delivery; a batch with a
 * body starting with {@code slow} takes a moment. It notes which message groups two invocations held at once.
 */
public class QueueRecorder implements RequestHandler<SQSEvent, SQSBatchResponse> {

    /** One entry per message delivered. */
    public record Delivery(String body, String receiveCount, String groupId, String eventSourceArn) {
    }

    public static final List<Delivery> DELIVERIES = new CopyOnWriteArrayList<>();
    /** The message groups of the invocations. */
    public static final Overlaps GROUPS = new Overlaps();

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        Set<String> groups = event.getRecords().stream().map(message -> message.getAttributes().get("MessageGroupId"))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return GROUPS.during(groups, () -> record(event));
    }

    private static SQSBatchResponse record(SQSEvent event) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        boolean mustThrow = false;
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            String receiveCount = message.getAttributes().get("ApproximateReceiveCount");
            DELIVERIES.add(new Delivery(message.getBody(), receiveCount,
                    message.getAttributes().get("MessageGroupId"), message.getEventSourceArn()));
            boolean firstDelivery = "1".equals(receiveCount);
            if (message.getBody().startsWith("throw-once") && firstDelivery) {
                mustThrow = true;
            } else if (message.getBody().startsWith("fail-always")
                    || (message.getBody().startsWith("fail-once") && firstDelivery)) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        if (event.getRecords().stream().anyMatch(message -> message.getBody().startsWith("slow"))) {
            pause();
        }
        if (mustThrow) {
            throw new IllegalStateException("deliberate failure");
        }
        return new SQSBatchResponse(failures);
    }

    /** Long enough that the poller hands out other batches meanwhile. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
