package nl.rmt.intake.store;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single table's keys. Every item of a case shares its partition ({@code CASE#id}) so that the case,
 * its history and its outbox are written in one transaction and read in one query.
 */
final class Keys {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String CASE_SK = "CASE";
    /** The form as the citizen sent it and the decision taken on it: written once, apart from the case's state. */
    static final String INTAKE_SK = "CASE#INTAKE";
    static final String OUTBOX_PREFIX = "OUTBOX#";
    static final String HISTORY_PREFIX = "HISTORY#";

    private Keys() {
    }

    static String casePk(String caseId) {
        return "CASE#" + caseId;
    }

    static Map<String, AttributeValue> caseKey(String caseId) {
        return key(casePk(caseId), CASE_SK);
    }

    static Map<String, AttributeValue> intakeKey(String caseId) {
        return key(casePk(caseId), INTAKE_SK);
    }

    static Map<String, AttributeValue> outboxKey(String caseId, String outboxId) {
        return key(casePk(caseId), OUTBOX_PREFIX + outboxId);
    }

    /**
     * Zero-padded epoch millis keep history entries in time order; the position within one change keeps the
     * entries a change writes at the same instant in the order it wrote them.
     */
    static String historySk(Instant at, int position, String toStatus) {
        return HISTORY_PREFIX + String.format("%013d#%02d", at.toEpochMilli(), position) + "#" + toStatus;
    }

    static Map<String, AttributeValue> referenceKey(String reference) {
        return key("REFERENCE#" + reference, "REFERENCE");
    }

    static Map<String, AttributeValue> idempotencyKey(String scope, String key) {
        return key("IDEMPOTENCY#" + scope + "#" + key, "IDEMPOTENCY");
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }
}
