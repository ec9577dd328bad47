package nl.rmt.intake.testing;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads and alters a case's outbox items directly in the table, as faults a test needs. */
public final class Outbox {

    private Outbox() {
    }

    public static Map<String, AttributeValue> item(String caseId, String outboxId) {
        return LocalStack.stack().dynamoDb().getItem(request -> request.tableName(LocalStack.table())
                .consistentRead(true).key(key(caseId, outboxId))).item();
    }

    /** The message's body as the dispatcher sends it (stored deflated). */
    public static String body(Map<String, AttributeValue> item) {
        return nl.rmt.intake.store.OutboxBodies.inflate(item.get("body").b().asByteArray());
    }

    /** Gives a waiting message a body no queue accepts: a lone surrogate, as in an intake the form once let through. */
    public static void poison(String caseId, String outboxId) {
        LocalStack.stack().dynamoDb().updateItem(request -> request.tableName(LocalStack.table())
                .key(key(caseId, outboxId))
                .updateExpression("SET body = :body")
                .expressionAttributeValues(Map.of(":body", AttributeValue.fromS("{\"name\":\"X\udfffJansen\"}"))));
    }

    /** Dates the message back, as if its stream record had been lost that long ago. */
    public static void storedAgo(String caseId, String outboxId, java.time.Duration ago) {
        java.time.Instant then = java.time.Instant.now().minus(ago);
        LocalStack.stack().dynamoDb().updateItem(request -> request.tableName(LocalStack.table())
                .key(key(caseId, outboxId))
                .updateExpression("SET createdAt = :at, gsi4sk = :sk")
                .expressionAttributeValues(Map.of(
                        ":at", AttributeValue.fromS(then.toString()),
                        ":sk", AttributeValue.fromS(java.time.format.DateTimeFormatter
                                .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC)
                                .format(then) + "#" + caseId + "#" + outboxId))));
    }

    /** The id of the case's waiting message of a kind, e.g. {@code LEAD}. */
    public static String waitingOf(String caseId, String kind) {
        return LocalStack.itemsOfCase(caseId).stream()
                .filter(item -> item.get("sk").s().startsWith("OUTBOX#") && kind.equals(item.get("kind").s()))
                .map(item -> item.get("outboxId").s())
                .findFirst().orElseThrow();
    }

    private static Map<String, AttributeValue> key(String caseId, String outboxId) {
        return Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("OUTBOX#" + outboxId));
    }
}
