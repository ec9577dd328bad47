package nl.rmt.intake.localstack.runner.load;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.rmt.intake.localstack.EmbeddedStack;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the table recorded of a case: when it was routed (its ROUTED history item), when its confirmation was sent
 * (the case's email claim) and how many partner messages went out (its partner outbox items that are SENT).
 */
record CaseTimeline(String caseId, Instant routedAt, Instant confirmationSentAt, String confirmationStatus,
                    int partnerMessagesSent) {

    /** Every case of the table, by case id. */
    static Map<String, CaseTimeline> read(EmbeddedStack stack) {
        Map<String, Builder> cases = new HashMap<>();
        stack.dynamoDb().scanPaginator(request -> request.tableName(stack.resources().tableName("CasesTable"))
                        .consistentRead(true))
                .items().forEach(item -> {
                    String pk = item.get("pk").s();
                    if (!pk.startsWith("CASE#")) {
                        return;
                    }
                    Builder timeline = cases.computeIfAbsent(pk.substring("CASE#".length()), id -> new Builder());
                    String sk = item.get("sk").s();
                    if (sk.equals("CASE") && item.containsKey("confirmation")) {
                        Map<String, AttributeValue> confirmation = item.get("confirmation").m();
                        timeline.confirmationStatus = confirmation.get("status").s();
                        if (confirmation.containsKey("sentAt")) {
                            timeline.confirmationSentAt = Instant.parse(confirmation.get("sentAt").s());
                        }
                    } else if (sk.startsWith("HISTORY#") && sk.endsWith("#ROUTED") && timeline.routedAt == null) {
                        timeline.routedAt = Instant.parse(item.get("at").s());
                    } else if (sk.startsWith("OUTBOX#PARTNER#") && "SENT".equals(item.get("status").s())) {
                        timeline.partnerMessages++;
                    }
                });
        Map<String, CaseTimeline> timelines = new HashMap<>();
        cases.forEach((id, timeline) -> timelines.put(id, new CaseTimeline(id, timeline.routedAt,
                timeline.confirmationSentAt, timeline.confirmationStatus, timeline.partnerMessages)));
        return timelines;
    }

    private static final class Builder {
        Instant routedAt;
        Instant confirmationSentAt;
        String confirmationStatus;
        int partnerMessages;
    }
}
