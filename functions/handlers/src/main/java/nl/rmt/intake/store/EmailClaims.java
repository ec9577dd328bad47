package nl.rmt.intake.store;

import static nl.rmt.intake.store.AttributeValues.n;
import static nl.rmt.intake.store.AttributeValues.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.rmt.intake.application.EmailClaim;
import nl.rmt.intake.application.EmailSlot;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The once-only sending of a case's emails. A slot on the case item ({@code confirmation}, or
 * {@code emailUpdates.r<round>}) goes CLAIMED → SENT, or back to absent when SES answered that it did not send,
 * or to FAILED (refused for good) or UNCERTAIN (it may have been sent) with the case flagged for its desk.
 */
final class EmailClaims {

    static final String CLAIMED = "CLAIMED";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String UNCERTAIN = "UNCERTAIN";
    /** The reason recorded when a claim expired without its email being recorded. */
    static final String CLAIM_ABANDONED = "CLAIM_ABANDONED";

    private final DynamoDbClient dynamoDb;
    private final String table;

    EmailClaims(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    EmailClaim claim(String caseId, EmailSlot slot, Instant now, Instant staleClaimsBefore, String alsoSet,
            Map<String, AttributeValue> alsoValues) {
        Map<String, String> names = names(slot);
        Map<String, AttributeValue> values = new HashMap<>(alsoValues);
        values.put(":claim", AttributeValue.fromM(Map.of("status", s(CLAIMED), "claimedAt", n(now.toEpochMilli()))));
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(table)
                    .key(Keys.caseKey(caseId))
                    .updateExpression("SET " + path(slot) + " = :claim" + alsoSet)
                    .conditionExpression("attribute_exists(pk) AND attribute_not_exists(" + path(slot) + ")")
                    .expressionAttributeNames(names.isEmpty() ? null : names)
                    .expressionAttributeValues(values));
            return EmailClaim.TAKEN;
        } catch (ConditionalCheckFailedException taken) {
            return settleExisting(caseId, slot, staleClaimsBefore, now);
        }
    }

    private EmailClaim settleExisting(String caseId, EmailSlot slot, Instant staleClaimsBefore, Instant now) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(table)
                .key(Keys.caseKey(caseId)).consistentRead(true)).item();
        AttributeValue current = item == null || item.isEmpty() ? null : read(item, slot);
        if (current == null || !current.hasM()) {
            return EmailClaim.HELD_ELSEWHERE;
        }
        String status = current.m().get("status").s();
        if (SENT.equals(status)) {
            return EmailClaim.SENT;
        }
        if (CaseItems.CONFIRMATION_WITHHELD.equals(status)) {
            return EmailClaim.WITHHELD;
        }
        if (!CLAIMED.equals(status)) {
            return EmailClaim.PARKED;
        }
        long claimedAt = Long.parseLong(current.m().get("claimedAt").n());
        if (claimedAt >= staleClaimsBefore.toEpochMilli()) {
            return EmailClaim.HELD_ELSEWHERE;
        }
        return park(caseId, item.get("region").s(), slot, UNCERTAIN, CLAIM_ABANDONED, now, claimedAt)
                ? EmailClaim.ABANDONED
                : EmailClaim.HELD_ELSEWHERE;
    }

    void release(String caseId, EmailSlot slot, Instant claimedAt) {
        Map<String, String> names = new HashMap<>(names(slot));
        names.put("#status", "status");
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(table)
                    .key(Keys.caseKey(caseId))
                    .updateExpression("REMOVE " + path(slot))
                    .conditionExpression(path(slot) + ".#status = :claimed AND " + path(slot) + ".claimedAt = :at")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(Map.of(":claimed", s(CLAIMED), ":at", n(claimedAt.toEpochMilli()))));
        } catch (ConditionalCheckFailedException notOurs) {
            // Settled by another attempt meanwhile.
        }
    }

    void park(String caseId, String region, EmailSlot slot, boolean outcomeKnown, String reason, Instant at) {
        park(caseId, region, slot, outcomeKnown ? FAILED : UNCERTAIN, reason, at, null);
    }

    /** @param claimedAt the claim to settle, or null for whichever claim is there */
    private boolean park(String caseId, String region, EmailSlot slot, String status, String reason, Instant at,
            Long claimedAt) {
        Map<String, String> names = new HashMap<>(names(slot));
        names.put("#status", "status");
        Map<String, AttributeValue> values = new HashMap<>(Attention.values(region, caseId, slot.subject(), reason, at));
        values.put(":parked", AttributeValue.fromM(Map.of("status", s(status), "reason", s(reason),
                "at", s(at.toString()))));
        values.put(":claimed", s(CLAIMED));
        String condition = path(slot) + ".#status = :claimed";
        if (claimedAt != null) {
            values.put(":claimedAt", n(claimedAt));
            condition += " AND " + path(slot) + ".claimedAt = :claimedAt";
        }
        String settled = condition;
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(table)
                    .key(Keys.caseKey(caseId))
                    .updateExpression("SET " + path(slot) + " = :parked, " + Attention.SET)
                    .conditionExpression(settled)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException settledElsewhere) {
            return false;
        }
    }

    boolean isSent(String caseId, EmailSlot slot) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request
                .tableName(table).key(Keys.caseKey(caseId)).consistentRead(true)).item();
        AttributeValue current = item == null || item.isEmpty() ? null : read(item, slot);
        return current != null && current.hasM() && SENT.equals(current.m().get("status").s());
    }

    static String path(EmailSlot slot) {
        return slot.isConfirmation() ? CaseItems.CONFIRMATION : "emailUpdates.#round";
    }

    private static Map<String, String> names(EmailSlot slot) {
        return slot.isConfirmation() ? Map.of() : Map.of("#round", "r" + slot.round());
    }

    private static AttributeValue read(Map<String, AttributeValue> item, EmailSlot slot) {
        if (slot.isConfirmation()) {
            return item.get(CaseItems.CONFIRMATION);
        }
        AttributeValue updates = item.get("emailUpdates");
        return updates == null || !updates.hasM() ? null : updates.m().get("r" + slot.round());
    }
}
