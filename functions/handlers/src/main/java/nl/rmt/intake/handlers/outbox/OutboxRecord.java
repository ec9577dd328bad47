package nl.rmt.intake.handlers.outbox;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.Map;
import nl.rmt.intake.application.OutboxMessage;

/** An outbox item as the table's stream delivers it. */
record OutboxRecord(String caseId, OutboxMessage message) {

    static boolean isOutboxInsert(String eventName, Map<String, AttributeValue> keys) {
        AttributeValue sk = keys == null ? null : keys.get("sk");
        return "INSERT".equals(eventName) && sk != null && sk.getS() != null && sk.getS().startsWith("OUTBOX#");
    }

    /** @throws IllegalArgumentException when the item lacks a field: it can never be delivered */
    static OutboxRecord from(Map<String, AttributeValue> image) {
        return new OutboxRecord(
                required(image, "caseId"),
                new OutboxMessage(
                        required(image, "outboxId"),
                        OutboxMessage.Kind.valueOf(required(image, "kind")),
                        required(image, "queue"),
                        required(image, "groupId"),
                        required(image, "deduplicationId"),
                        required(image, "body")));
    }

    private static String required(Map<String, AttributeValue> image, String name) {
        AttributeValue value = image == null ? null : image.get(name);
        if (value == null || value.getS() == null) {
            throw new IllegalArgumentException("Outbox item without " + name);
        }
        return value.getS();
    }
}
