package nl.rmt.intake.store;

import static nl.rmt.intake.store.AttributeValues.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.application.OutboxMessage;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * What erasing a case's personal data changes beyond the case item: the form in its intake item, the free-text
 * notes in its history, and the copies of the person's details in outbox messages not sent yet, which are discarded
 * so they never go out.
 */
final class ErasureWrites {

    private final DynamoDbClient dynamoDb;
    private final String table;

    ErasureWrites(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /**
     * @param writes     to go with the case item's update: the intake item's and the discards first, as they must
     *                   share its transaction, then the history notes, which may follow it
     * @param onCaseItem whether the form is on the case item itself (a case stored before the intake item was apart)
     */
    record Erasure(List<TransactWriteItem> writes, boolean onCaseItem) {
    }

    Erasure of(String caseId, Instant at) {
        List<TransactWriteItem> discards = new ArrayList<>();
        List<TransactWriteItem> notes = new ArrayList<>();
        boolean[] intakeItem = {false};
        AttributeValue[] packed = {null};
        dynamoDb.queryPaginator(request -> request
                        .tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.casePk(caseId))))
                        .projectionExpression("pk, sk, #status, kind, #note, #intake")
                        .expressionAttributeNames(Map.of("#status", CaseItems.STATUS, "#note", CaseItems.NOTE,
                                "#intake", IntakePacking.PACKED)))
                .items()
                .forEach(item -> {
                    String sk = item.get(Keys.SK).s();
                    if (sk.equals(Keys.INTAKE_SK)) {
                        intakeItem[0] = true;
                        packed[0] = item.get(IntakePacking.PACKED);
                    } else if (sk.startsWith(Keys.HISTORY_PREFIX) && item.containsKey(CaseItems.NOTE)) {
                        notes.add(eraseNote(item));
                    } else if (sk.startsWith(Keys.OUTBOX_PREFIX) && isPendingWithPersonalData(item)) {
                        discards.add(discard(item, at));
                    }
                });
        List<TransactWriteItem> writes = new ArrayList<>();
        if (intakeItem[0]) {
            writes.add(packed[0] != null ? erasePacked(caseId, packed[0]) : eraseIntake(caseId));
        }
        writes.addAll(discards);
        writes.addAll(notes);
        return new Erasure(writes, !intakeItem[0]);
    }

    /** Rewrites the packed intake without the person's data; the intake item changes in no other way. */
    private TransactWriteItem erasePacked(String caseId, AttributeValue packed) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(Keys.intakeKey(caseId))
                .updateExpression("SET #intake = :erased")
                .conditionExpression("#intake = :packed")
                .expressionAttributeNames(Map.of("#intake", IntakePacking.PACKED))
                .expressionAttributeValues(Map.of(":erased", IntakePacking.erased(packed), ":packed", packed))
                .build()).build();
    }

    /** An intake item stored attribute by attribute, before packing. */
    private TransactWriteItem eraseIntake(String caseId) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(Keys.intakeKey(caseId))
                .updateExpression("REMOVE " + String.join(", ", CaseUpdates.PERSONAL_ATTRIBUTES))
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#region", "region"))
                .build()).build();
    }

    /** Waiting, or parked as undeliverable: either still holds the body with the person's details. */
    private static boolean isPendingWithPersonalData(Map<String, AttributeValue> item) {
        String status = item.containsKey(CaseItems.STATUS) ? item.get(CaseItems.STATUS).s() : null;
        return (CaseItems.OUTBOX_PENDING.equals(status) || CaseItems.OUTBOX_FAILED.equals(status))
                && item.containsKey("kind") && OutboxMessage.Kind.valueOf(item.get("kind").s()).carriesPersonalData();
    }

    private TransactWriteItem eraseNote(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(Keys.key(item.get(Keys.PK).s(), item.get(Keys.SK).s()))
                .updateExpression("SET noteErased = :erased REMOVE #note")
                .expressionAttributeNames(Map.of("#note", CaseItems.NOTE))
                .expressionAttributeValues(Map.of(":erased", AttributeValue.fromBool(true)))
                .build()).build();
    }

    /** Conditional on the message still unsent: one the dispatcher marked sent meanwhile keeps its record. */
    private TransactWriteItem discard(Map<String, AttributeValue> item, Instant at) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(Keys.key(item.get(Keys.PK).s(), item.get(Keys.SK).s()))
                .updateExpression("SET #status = :discarded, discardedAt = :at REMOVE body, "
                        + CaseItems.DELIVERY_PK + ", " + CaseItems.DELIVERY_SK)
                .conditionExpression("#status IN (:pending, :failed)")
                .expressionAttributeNames(Map.of("#status", CaseItems.STATUS))
                .expressionAttributeValues(Map.of(
                        ":discarded", s(CaseItems.OUTBOX_DISCARDED), ":pending", s(CaseItems.OUTBOX_PENDING),
                        ":failed", s(CaseItems.OUTBOX_FAILED), ":at", s(at.toString())))
                .build()).build();
    }
}
