package nl.rmt.intake.testing;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Stream events for items as they are stored: what the table's stream would deliver for their insertion. */
public final class StreamEvents {

    private static final AtomicLong SEQUENCE = new AtomicLong(4_421_584_500_000_000_000L);

    private StreamEvents() {
    }

    public static DynamodbEvent inserted(List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items) {
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        for (var item : items) {
            StreamRecord change = new StreamRecord();
            change.setKeys(Map.of("pk", convert(item.get("pk")), "sk", convert(item.get("sk"))));
            change.setNewImage(convert(item));
            change.setSequenceNumber(Long.toString(SEQUENCE.incrementAndGet()));
            change.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.NEW_IMAGE);
            DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventName("INSERT");
            record.setEventSource("aws:dynamodb");
            record.setDynamodb(change);
            records.add(record);
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }

    /** The case's outbox items still waiting to be sent, as a stream event. */
    public static DynamodbEvent pendingOutboxOf(String caseId) {
        return pendingOutboxOf(caseId, kind -> true);
    }

    /** As {@link #pendingOutboxOf(String)}, for the messages of some kinds only (e.g. {@code LEAD}). */
    public static DynamodbEvent pendingOutboxOf(String caseId, java.util.function.Predicate<String> kinds) {
        return inserted(LocalStack.itemsOfCase(caseId).stream()
                .filter(item -> item.get("sk").s().startsWith("OUTBOX#"))
                .filter(item -> "PENDING".equals(item.get("status").s()))
                .filter(item -> kinds.test(item.get("kind").s()))
                .toList());
    }

    private static Map<String, AttributeValue> convert(
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        item.forEach((name, value) -> converted.put(name, convert(value)));
        return converted;
    }

    private static AttributeValue convert(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
        AttributeValue converted = new AttributeValue();
        switch (value.type()) {
            case S -> converted.setS(value.s());
            case N -> converted.setN(value.n());
            case BOOL -> converted.setBOOL(value.bool());
            case NUL -> converted.setNULL(true);
            case SS -> converted.setSS(value.ss());
            case B -> converted.setB(value.b().asByteBuffer());
            case L -> converted.setL(value.l().stream().map(StreamEvents::convert).toList());
            case M -> converted.setM(convert(value.m()));
            default -> throw new IllegalArgumentException("Unsupported attribute type " + value.type());
        }
        return converted;
    }
}
