package nl.rmt.intake.handlers.outbox;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import nl.rmt.intake.application.OutboxMessage;
import nl.rmt.intake.store.OutboxBodies;

/**
 * An outbox item as the table's stream delivers it.
 *
 * @param createdAt when the change that caused the message was stored; null for an item written without it
 */
record OutboxRecord(String caseId, OutboxMessage message, Instant createdAt) {

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
                        body(image)),
                createdAt(image));
    }

    private static Instant createdAt(Map<String, AttributeValue> image) {
        AttributeValue value = image.get("createdAt");
        return value == null || value.getS() == null ? null : Instant.parse(value.getS());
    }

    /** Deflated as stored, or text in an item written before bodies were deflated. */
    private static String body(Map<String, AttributeValue> image) {
        AttributeValue value = image == null ? null : image.get("body");
        if (value != null && value.getB() != null) {
            ByteBuffer deflated = value.getB().duplicate();
            byte[] bytes = new byte[deflated.remaining()];
            deflated.get(bytes);
            return OutboxBodies.inflate(bytes);
        }
        return required(image, "body");
    }

    private static String required(Map<String, AttributeValue> image, String name) {
        AttributeValue value = image == null ? null : image.get(name);
        if (value == null || value.getS() == null) {
            throw new IllegalArgumentException("Outbox item without " + name);
        }
        return value.getS();
    }
}
