package nl.rmt.intake.store;

import static nl.rmt.intake.store.AttributeValues.s;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Flags a case for its desk: what went wrong (an error code) and with which message, listed in the region's
 * partition of the delivery index, most recent first.
 */
final class Attention {

    /** Appended to a case update's SET clause, with {@link #values}. */
    static final String SET = CaseItems.ATTENTION + " = :attention, " + CaseItems.DELIVERY_PK + " = :attentionPk, "
            + CaseItems.DELIVERY_SK + " = :attentionSk";

    private Attention() {
    }

    static String partition(String region) {
        return CaseItems.ATTENTION_PREFIX + region;
    }

    static Map<String, AttributeValue> values(String region, String caseId, String subject, String reason, Instant at) {
        return Map.of(
                ":attention", AttributeValue.fromM(Map.of("subject", s(subject), "reason", s(reason),
                        "since", s(at.toString()))),
                ":attentionPk", s(partition(region)),
                ":attentionSk", s(SortableInstant.ofCase(at, caseId)));
    }
}
