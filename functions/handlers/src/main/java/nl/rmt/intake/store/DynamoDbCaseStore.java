package nl.rmt.intake.store;

import static nl.rmt.intake.store.AttributeValues.n;
import static nl.rmt.intake.store.AttributeValues.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.rmt.intake.application.CaseChange;
import nl.rmt.intake.application.CaseReceipt;
import nl.rmt.intake.application.CaseRecord;
import nl.rmt.intake.application.CaseStore;
import nl.rmt.intake.application.EmailClaim;
import nl.rmt.intake.application.EmailEvent;
import nl.rmt.intake.application.EmailQuota;
import nl.rmt.intake.application.EmailSlot;
import nl.rmt.intake.application.IdempotencyRecord;
import nl.rmt.intake.application.NewCase;
import nl.rmt.intake.application.OutboxMessage;
import nl.rmt.intake.application.OutboxRef;
import nl.rmt.intake.application.PendingOutbox;
import nl.rmt.intake.domain.casefile.CaseStateMachine;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Cases in one DynamoDB table; multi-item changes are transactions, single-item ones conditional writes. */
public final class DynamoDbCaseStore implements CaseStore {

    private static final String NEW_ITEM_ONLY = "attribute_not_exists(pk)";
    private static final String SYSTEM_ACTOR = "system:outbox";
    private static final int MAX_TRANSACTION_ITEMS = 100;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final CaseItems items;
    private final ErasureWrites erasureWrites;
    private final OutboxDelivery outboxDelivery;
    private final EmailClaims emailClaims;

    public DynamoDbCaseStore(DynamoDbClient dynamoDb, String table, UnaryOperator<String> queueNames) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.items = new CaseItems(queueNames);
        this.erasureWrites = new ErasureWrites(dynamoDb, table);
        this.outboxDelivery = new OutboxDelivery(dynamoDb, table);
        this.emailClaims = new EmailClaims(dynamoDb, table);
    }

    @Override
    public void create(NewCase newCase) {
        String caseId = newCase.caseId();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(items.caseItem(newCase), NEW_ITEM_ONLY));
        writes.add(put(items.intakeItem(newCase), null));
        // No history item: the case item is the intake's entry (CaseItems.intakeHistoryEntry).
        for (OutboxMessage message : newCase.outbox()) {
            writes.add(put(CaseItems.outboxItem(caseId, message, newCase.submittedAt()), NEW_ITEM_ONLY));
        }
        int referenceIndex = writes.size();
        writes.add(put(CaseItems.referenceItem(newCase.reference(), caseId), NEW_ITEM_ONLY));
        int idempotencyIndex = -1;
        if (newCase.idempotency() != null) {
            idempotencyIndex = writes.size();
            writes.add(put(CaseItems.idempotencyItem(newCase.idempotency(), newCase.submittedAt()), NEW_ITEM_ONLY));
        }
        int quotaIndex = -1;
        if (!newCase.confirmationWithheld()) {
            quotaIndex = writes.size();
            writes.add(TransactWriteItem.builder()
                    .update(CaseItems.countEmail(table, newCase.emailQuota(), newCase.submittedAt())).build());
        }
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(writes));
        } catch (TransactionCanceledException cancelled) {
            List<CancellationReason> reasons = cancelled.cancellationReasons();
            if (failedCondition(reasons, idempotencyIndex)) {
                throw new IdempotencyKeyTakenException();
            }
            if (newCase.spentProof() != null && failedCondition(reasons, 0)) {
                // The proof's case exists: the solution was spent.
                throw new ProofSpentException();
            }
            if (failedCondition(reasons, referenceIndex)) {
                throw new ReferenceTakenException();
            }
            if (failedCondition(reasons, quotaIndex)) {
                throw new EmailQuota.ReachedException();
            }
            if (reasons.stream().anyMatch(reason -> "TransactionConflict".equals(reason.code()))) {
                throw new ConcurrentChangeException();
            }
            throw cancelled;
        }
    }

    @Override
    public Optional<IdempotencyRecord> findIdempotencyRecord(String scope, String key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request
                .tableName(table).key(Keys.idempotencyKey(scope, key)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IdempotencyRecord(
                scope, key, item.get("fingerprint").s(), Json.read(item.get("receipt").s(), CaseReceipt.class)));
    }

    @Override
    public void markOutboxSent(String caseId, String outboxId, String queueMessageId, Instant sentAt) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(table)
                    .key(Keys.outboxKey(caseId, outboxId))
                    .updateExpression("SET #status = :sent, sentAt = :at, queueMessageId = :id REMOVE body, "
                            + CaseItems.DELIVERY_PK + ", " + CaseItems.DELIVERY_SK)
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeNames(Map.of("#status", CaseItems.STATUS))
                    .expressionAttributeValues(Map.of(
                            ":sent", s("SENT"), ":at", s(sentAt.toString()), ":id", s(queueMessageId))));
        } catch (ConditionalCheckFailedException erased) {
            // The case was erased meanwhile; nothing is left to mark.
        }
    }

    @Override
    public boolean markOutboxFailed(String caseId, String outboxId, String reason, Instant at) {
        return outboxDelivery.markFailed(caseId, outboxId, reason, at);
    }

    @Override
    public List<OutboxRef> pendingOutboxBefore(Instant createdBefore, int limit) {
        return outboxDelivery.waitingBefore(createdBefore, limit);
    }

    @Override
    public Optional<PendingOutbox> loadPendingOutbox(String caseId, String outboxId) {
        return outboxDelivery.loadPending(caseId, outboxId);
    }

    @Override
    public boolean markRouted(String caseId, Instant routedAt, OutboxMessage confirmation) {
        CaseStateMachine.check(CaseStatus.SUBMITTED, CaseStatus.ROUTED);
        Update toRouted = Update.builder()
                .tableName(table)
                .key(Keys.caseKey(caseId))
                .updateExpression("SET #status = :routed, updatedAt = :at, version = version + :one")
                .conditionExpression("#status = :submitted")
                .expressionAttributeNames(Map.of("#status", CaseItems.STATUS))
                .expressionAttributeValues(Map.of(
                        ":routed", s(CaseStatus.ROUTED.name()),
                        ":submitted", s(CaseStatus.SUBMITTED.name()),
                        ":at", s(routedAt.toString()),
                        ":one", n(1)))
                .build();
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(
                    TransactWriteItem.builder().update(toRouted).build(),
                    put(CaseItems.historyItem(caseId, CaseStatus.SUBMITTED, CaseStatus.ROUTED, SYSTEM_ACTOR, routedAt,
                            "lead partner's message queued", 0), null),
                    put(CaseItems.outboxItem(caseId, confirmation, routedAt), NEW_ITEM_ONLY)));
            return true;
        } catch (TransactionCanceledException cancelled) {
            if (failedCondition(cancelled.cancellationReasons(), 0)) {
                return false;
            }
            throw cancelled;
        }
    }

    @Override
    public EmailClaim claimConfirmation(String caseId, Instant now, Instant staleClaimsBefore,
            String withdrawalCodeHash) {
        return emailClaims.claim(caseId, EmailSlot.confirmation(), now, staleClaimsBefore,
                ", withdrawalCodeHash = :hash", Map.of(":hash", s(withdrawalCodeHash)));
    }

    @Override
    public void markConfirmationSent(String caseId, String emailMessageId, Instant sentAt) {
        dynamoDb.updateItem(request -> request
                .tableName(table)
                .key(Keys.caseKey(caseId))
                .updateExpression("SET confirmation = :sent")
                .expressionAttributeValues(Map.of(":sent", AttributeValue.fromM(Map.of(
                        "status", s("SENT"), "sentAt", s(sentAt.toString()), "messageId", s(emailMessageId))))));
    }

    @Override
    public EmailClaim claimUpdateEmail(String caseId, int round, Instant now, Instant staleClaimsBefore) {
        return emailClaims.claim(caseId, EmailSlot.update(round), now, staleClaimsBefore, "", Map.of());
    }

    @Override
    public void releaseEmailClaim(String caseId, EmailSlot slot, Instant claimedAt) {
        emailClaims.release(caseId, slot, claimedAt);
    }

    @Override
    public void parkEmail(String caseId, EmailSlot slot, boolean outcomeKnown, String reason, Instant at) {
        outboxDelivery.regionOf(caseId)
                .ifPresent(region -> emailClaims.park(caseId, region, slot, outcomeKnown, reason, at));
    }

    @Override
    public boolean updateEmailSent(String caseId, int round) {
        return emailClaims.isSent(caseId, EmailSlot.update(round));
    }

    @Override
    public void markUpdateEmailSent(String caseId, int round, String emailMessageId, Instant sentAt) {
        dynamoDb.updateItem(request -> request
                .tableName(table)
                .key(Keys.caseKey(caseId))
                .updateExpression("SET emailUpdates.#round = :sent")
                .expressionAttributeNames(Map.of("#round", "r" + round))
                .expressionAttributeValues(Map.of(":sent", AttributeValue.fromM(Map.of(
                        "status", s("SENT"), "sentAt", s(sentAt.toString()), "messageId", s(emailMessageId))))));
    }

    @Override
    public boolean recordEmailEvent(String caseId, EmailEvent event) {
        Map<String, AttributeValue> fields = new java.util.LinkedHashMap<>();
        fields.put("type", s(event.type()));
        fields.put("at", s(event.at().toString()));
        fields.put("sesMessageId", s(event.sesMessageId()));
        if (event.subType() != null) {
            fields.put("subType", s(event.subType()));
        }
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(table)
                    .key(Keys.caseKey(caseId))
                    .updateExpression("SET emailEvents = list_append(if_not_exists(emailEvents, :none), :event)")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(
                            ":none", AttributeValue.fromL(List.of()),
                            ":event", AttributeValue.fromL(List.of(AttributeValue.fromM(fields))))));
            return true;
        } catch (ConditionalCheckFailedException missing) {
            return false;
        }
    }

    @Override
    public Optional<CaseRecord> load(String caseId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request
                .tableName(table).key(Keys.caseKey(caseId)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        if (CaseItems.holdsIntake(item)) {
            return Optional.of(CaseRecords.of(item));
        }
        Map<String, AttributeValue> intake = dynamoDb.getItem(request -> request
                .tableName(table).key(Keys.intakeKey(caseId)).consistentRead(true)).item();
        return Optional.of(CaseRecords.of(CaseItems.whole(item, intake)));
    }

    @Override
    public Optional<String> caseIdByReference(String reference) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request
                .tableName(table).key(Keys.referenceKey(reference)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item.get("caseId").s());
    }

    @Override
    public List<String> openCasesSubmittedBefore(Instant submittedBefore) {
        return caseIdsBefore("gsi3", CaseItems.RETENTION_OPEN, submittedBefore);
    }

    @Override
    public List<String> casesClosedBefore(Instant closedBefore) {
        return caseIdsBefore("gsi3", CaseItems.RETENTION_CLOSED, closedBefore);
    }

    @Override
    public List<String> awaitingAcceptanceSince(Instant assignedBefore) {
        return caseIdsBefore("gsi2", CaseItems.AWAITING_ACCEPTANCE, assignedBefore);
    }

    /** The cases of one partition of a sparse index ({@code <index>pk}, {@code <instant>#<caseId>}) before then. */
    private List<String> caseIdsBefore(String index, String partition, Instant before) {
        List<String> caseIds = new ArrayList<>();
        dynamoDb.queryPaginator(request -> request
                        .tableName(table)
                        .indexName(index)
                        .keyConditionExpression(index + "pk = :partition AND " + index + "sk < :before")
                        .expressionAttributeValues(Map.of(
                                ":partition", s(partition),
                                ":before", s(SortableInstant.of(before)))))
                .items()
                .forEach(item -> caseIds.add(item.get("caseId").s()));
        return caseIds;
    }

    @Override
    public void apply(CaseChange change) {
        String caseId = change.from().caseId();
        List<TransactWriteItem> writes = new ArrayList<>();
        ErasureWrites.Erasure erasure = change.erasesPersonalData() ? erasureWrites.of(caseId, change.at()) : null;
        writes.add(TransactWriteItem.builder()
                .update(CaseUpdates.of(table, change, erasure != null && erasure.onCaseItem())).build());
        for (int i = 0; i < change.history().size(); i++) {
            writes.add(put(CaseItems.historyItem(caseId, change.history().get(i), i), null));
        }
        for (OutboxMessage message : change.outbox()) {
            writes.add(put(CaseItems.outboxItem(caseId, message, change.at()), NEW_ITEM_ONLY));
        }
        List<TransactWriteItem> afterwards = List.of();
        if (erasure != null) {
            List<TransactWriteItem> elsewhere = erasure.writes();
            int room = Math.max(0, MAX_TRANSACTION_ITEMS - writes.size());
            // The intake item and discarded messages come first and always fit; only history notes of an extremely
            // long case can spill over, and erasing those is safe to do right after.
            writes.addAll(elsewhere.subList(0, Math.min(room, elsewhere.size())));
            afterwards = elsewhere.subList(Math.min(room, elsewhere.size()), elsewhere.size());
        }
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(writes));
        } catch (TransactionCanceledException cancelled) {
            // The case's version moved, or an outbox message to discard was sent meanwhile: read again.
            if (cancelled.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                throw new ConcurrentChangeException();
            }
            throw cancelled;
        }
        afterwards.forEach(write -> dynamoDb.updateItem(UpdateItemRequest.builder()
                .tableName(write.update().tableName())
                .key(write.update().key())
                .updateExpression(write.update().updateExpression())
                .expressionAttributeNames(write.update().expressionAttributeNames())
                .expressionAttributeValues(write.update().expressionAttributeValues())
                .build()));
    }

    @Override
    public boolean isOutboxDiscarded(String caseId, String outboxId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request
                .tableName(table).key(Keys.outboxKey(caseId, outboxId)).consistentRead(true)
                .projectionExpression("#status").expressionAttributeNames(Map.of("#status", CaseItems.STATUS)))
                .item();
        return item != null && item.containsKey(CaseItems.STATUS)
                && CaseItems.OUTBOX_DISCARDED.equals(item.get(CaseItems.STATUS).s());
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (condition != null) {
            put.conditionExpression(condition);
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private static boolean failedCondition(List<CancellationReason> reasons, int index) {
        return index >= 0 && index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    private static String text(AttributeValue value) {
        return value == null ? null : value.s();
    }
}
