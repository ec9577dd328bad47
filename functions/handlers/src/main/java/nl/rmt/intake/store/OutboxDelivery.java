package nl.rmt.intake.store;

import static nl.rmt.intake.store.AttributeValues.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.application.OutboxMessage;
import nl.rmt.intake.application.OutboxRef;
import nl.rmt.intake.application.PendingOutbox;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** The outbox beyond the stream: parking undeliverable messages, and finding the ones still waiting. */
final class OutboxDelivery {

    private final DynamoDbClient dynamoDb;
    private final String table;

    OutboxDelivery(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    boolean markFailed(String caseId, String outboxId, String reason, Instant at) {
        Update failed = Update.builder()
                .tableName(table)
                .key(Keys.outboxKey(caseId, outboxId))
                .updateExpression("SET #status = :failed, failureReason = :reason, failedAt = :at REMOVE "
                        + CaseItems.DELIVERY_PK + ", " + CaseItems.DELIVERY_SK)
                .conditionExpression("#status = :pending")
                .expressionAttributeNames(Map.of("#status", CaseItems.STATUS))
                .expressionAttributeValues(Map.of(":failed", s(CaseItems.OUTBOX_FAILED), ":reason", s(reason),
                        ":at", s(at.toString()), ":pending", s(CaseItems.OUTBOX_PENDING)))
                .build();
        Optional<String> region = regionOf(caseId);
        List<TransactWriteItem> writes = new java.util.ArrayList<>(List.of(TransactWriteItem.builder().update(failed).build()));
        region.ifPresent(code -> writes.add(TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(Keys.caseKey(caseId))
                .updateExpression("SET " + Attention.SET)
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Attention.values(code, caseId, outboxId, reason, at))
                .build()).build()));
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(writes));
            return true;
        } catch (TransactionCanceledException cancelled) {
            if (cancelled.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                return false;
            }
            throw cancelled;
        }
    }

    Optional<String> regionOf(String caseId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(table)
                .key(Keys.caseKey(caseId)).consistentRead(true).projectionExpression("#region")
                .expressionAttributeNames(Map.of("#region", "region"))).item();
        return item == null || !item.containsKey("region") ? Optional.empty() : Optional.of(item.get("region").s());
    }

    List<OutboxRef> waitingBefore(Instant createdBefore, int limit) {
        return dynamoDb.queryPaginator(request -> request
                        .tableName(table)
                        .indexName(CaseItems.DELIVERY_INDEX)
                        .keyConditionExpression(CaseItems.DELIVERY_PK + " = :waiting AND " + CaseItems.DELIVERY_SK
                                + " < :before")
                        .expressionAttributeValues(Map.of(
                                ":waiting", s(CaseItems.OUTBOX_WAITING),
                                ":before", s(SortableInstant.of(createdBefore)))))
                .items().stream()
                .limit(limit)
                .map(item -> new OutboxRef(item.get("caseId").s(), item.get("outboxId").s()))
                .toList();
    }

    Optional<PendingOutbox> loadPending(String caseId, String outboxId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(table)
                .key(Keys.outboxKey(caseId, outboxId)).consistentRead(true)).item();
        if (item == null || item.isEmpty() || !item.containsKey("body")
                || !CaseItems.OUTBOX_PENDING.equals(text(item, CaseItems.STATUS))) {
            return Optional.empty();
        }
        Map<String, AttributeValue> fields = new HashMap<>(item);
        return Optional.of(new PendingOutbox(caseId,
                new OutboxMessage(text(fields, "outboxId"), OutboxMessage.Kind.valueOf(text(fields, "kind")),
                        text(fields, "queue"), text(fields, "groupId"), text(fields, "deduplicationId"),
                        body(fields.get("body"))),
                Instant.parse(text(fields, "createdAt"))));
    }

    private static String body(AttributeValue stored) {
        return stored.s() != null ? stored.s() : OutboxBodies.inflate(stored.b().asByteArray());
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
