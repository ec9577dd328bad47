package nl.rmt.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.rmt.intake.application.CaseQueries;
import nl.rmt.intake.domain.casefile.CaseId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The desks' reads: the region index for lists, the case's partition for one case and its history. */
public final class DynamoDbCaseQueries implements CaseQueries {

    /** Storage details a desk has no use for. */
    private static final Set<String> INTERNAL = Set.of("pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk",
            "gsi3sk", "gsi4pk", "gsi4sk", "gsi5pk", "gsi5sk", "type", "withdrawalCodeHash", "emailUpdates", "version");
    private static final Set<String> LISTED = Set.of("caseId", "reference", "status", "region", "leadPartnerId",
            "submittedAt", "targetGroups", CaseItems.ATTENTION);

    private static final String REGION_INDEX = "gsi1";
    private static final String REGION_PK = "gsi1pk";
    private static final String REGION_SK = "gsi1sk";
    private static final String REGION_PREFIX = "REGION#";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbCaseQueries(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Page list(String region, CaseFilter filter, int limit, String next) {
        List<String> conditions = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        // The cases needing attention are a region's partition of the sparse delivery index, by when they were flagged.
        String index = filter.needingAttention() ? CaseItems.DELIVERY_INDEX : REGION_INDEX;
        String partitionKey = filter.needingAttention() ? CaseItems.DELIVERY_PK : REGION_PK;
        values.put(":region", AttributeValue.fromS(
                filter.needingAttention() ? Attention.partition(region) : REGION_PREFIX + region));
        String keyCondition = partitionKey + " = :region";
        if (filter.submittedBefore() != null && !filter.needingAttention()) {
            // The sort key starts with the fixed-width submission instant, so "before" is a key condition, not a filter.
            values.put(":before", AttributeValue.fromS(SortableInstant.of(filter.submittedBefore())));
            keyCondition += " AND " + REGION_SK + " < :before";
        }
        if (!filter.statuses().isEmpty()) {
            names.put("#status", "status");
            conditions.add(anyOf(filter.statuses(), "status", "#status = :status%d", values));
        }
        if (!filter.groups().isEmpty()) {
            conditions.add(anyOf(filter.groups(), "group", "contains(targetGroups, :group%d)", values));
        }
        if (!filter.partners().isEmpty()) {
            conditions.add(anyOf(filter.partners(), "partner", "leadPartnerId = :partner%d", values));
        }
        List<JsonNode> cases = new ArrayList<>();
        Map<String, AttributeValue> start = next == null ? null : startKey(next, region, filter);
        // A filter drops items after the limit is applied, so keep reading until the page is full or the index ends.
        do {
            QueryRequest.Builder request = QueryRequest.builder()
                    .tableName(table)
                    .indexName(index)
                    .keyConditionExpression(keyCondition)
                    .expressionAttributeValues(values)
                    .scanIndexForward(false)
                    .limit(limit - cases.size())
                    .exclusiveStartKey(start);
            if (!conditions.isEmpty()) {
                request.filterExpression(String.join(" AND ", conditions));
            }
            if (!names.isEmpty()) {
                request.expressionAttributeNames(names);
            }
            QueryResponse response = dynamoDb.query(request.build());
            response.items().forEach(item -> cases.add(listed(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey()
                    : null;
        } while (start != null && cases.size() < limit);
        return new Page(cases, start == null ? null : PageTokens.encode(start));
    }

    @Override
    public Optional<JsonNode> caseWithHistory(String caseId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamoDb.queryPaginator(request -> request.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.casePk(caseId)))))
                .items().forEach(items::add);
        Optional<Map<String, AttributeValue>> caseItem =
                items.stream().filter(item -> Keys.CASE_SK.equals(item.get("sk").s())).findFirst();
        if (caseItem.isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> intake = items.stream()
                .filter(item -> Keys.INTAKE_SK.equals(item.get("sk").s())).findFirst().orElse(null);
        ObjectNode view = withoutInternals(CaseItems.whole(caseItem.get(), intake));
        ArrayNode history = view.putArray("history");
        ArrayNode messages = view.putArray("messages");
        boolean intakeEntryStored = false;
        for (Map<String, AttributeValue> item : items) {
            String sk = item.get("sk").s();
            if (sk.startsWith(Keys.HISTORY_PREFIX)) {
                intakeEntryStored |= CaseItems.isIntakeHistoryEntry(item);
                history.add(withoutInternals(item).without("caseId"));
            } else if (sk.startsWith(Keys.OUTBOX_PREFIX)) {
                // Which messages went where and when; never their bodies.
                ObjectNode message = JsonNodeFactory.instance.objectNode();
                for (String field : List.of("outboxId", "kind", "queue", "status", "createdAt", "sentAt",
                        "failureReason", "failedAt")) {
                    if (item.containsKey(field)) {
                        message.put(field, item.get(field).s());
                    }
                }
                messages.add(message);
            }
        }
        if (!intakeEntryStored) {
            // The case starts with it, so it comes before every stored entry.
            history.insert(0, withoutInternals(CaseItems.intakeHistoryEntry(caseItem.get())).without("caseId"));
        }
        return Optional.of(view);
    }

    /** One condition per value, joined by OR: the values of one filter are alternatives. */
    private static String anyOf(List<String> wanted, String name, String condition, Map<String, AttributeValue> values) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            values.put(":" + name + i, AttributeValue.fromS(wanted.get(i)));
            alternatives.add(String.format(condition, i));
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }

    private static JsonNode listed(Map<String, AttributeValue> item) {
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        item.forEach((name, value) -> {
            if (LISTED.contains(name)) {
                summary.set(name, AttributeValues.toJson(value));
            }
        });
        return summary;
    }

    private static ObjectNode withoutInternals(Map<String, AttributeValue> item) {
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        item.forEach((name, value) -> {
            if (!INTERNAL.contains(name)) {
                view.set(name, AttributeValues.toJson(value));
            }
        });
        return view;
    }

    /**
     * The keys this query gives out: a case of the asked region in the index it reads, and with "submitted before",
     * one inside that bound (a key outside the key condition fails the read).
     */
    private static Map<String, AttributeValue> startKey(String next, String region, CaseFilter filter) {
        Predicate<Map<String, String>> shape = filter.needingAttention()
                ? new PageTokens.IndexEntry(Keys.casePk(""), Keys.CASE_SK, CaseItems.DELIVERY_PK,
                        Attention.partition(region), CaseItems.DELIVERY_SK, CaseId::isWellFormed)
                : new PageTokens.IndexEntry(Keys.casePk(""), Keys.CASE_SK, REGION_PK, REGION_PREFIX + region,
                        REGION_SK, CaseId::isWellFormed);
        if (filter.submittedBefore() != null && !filter.needingAttention()) {
            String before = SortableInstant.of(filter.submittedBefore());
            shape = shape.and(key -> key.get(REGION_SK).compareTo(before) < 0);
        }
        return PageTokens.decode(next, shape).orElseThrow(InvalidPageTokenException::new);
    }

    public static final class InvalidPageTokenException extends RuntimeException {
        public InvalidPageTokenException() {
            super("The page token is not one this API gave out");
        }
    }
}
