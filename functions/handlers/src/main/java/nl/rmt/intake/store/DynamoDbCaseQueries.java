package nl.rmt.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.rmt.intake.application.CaseQueries;
import nl.rmt.intake.domain.casefile.CaseId;
import nl.rmt.intake.json.Json;
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

    private static final int MAX_TOKEN_LENGTH = 512;
    private static final Set<String> TOKEN_KEYS = Set.of("pk", "sk", "gsi1pk", "gsi1sk");
    private static final String CASE_PREFIX = "CASE#";
    private static final Pattern TOKEN_SORT_KEY =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z#[0-9a-f-]{36}");

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
        String index = filter.needingAttention() ? CaseItems.DELIVERY_INDEX : "gsi1";
        String partitionKey = filter.needingAttention() ? CaseItems.DELIVERY_PK : "gsi1pk";
        values.put(":region", AttributeValue.fromS(
                filter.needingAttention() ? Attention.partition(region) : "REGION#" + region));
        String keyCondition = partitionKey + " = :region";
        if (filter.submittedBefore() != null && !filter.needingAttention()) {
            // The sort key starts with the fixed-width submission instant, so "before" is a key condition, not a filter.
            values.put(":before", AttributeValue.fromS(SortableInstant.of(filter.submittedBefore())));
            keyCondition += " AND gsi1sk < :before";
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
        Map<String, AttributeValue> start = next == null ? null : decode(next, region);
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
        return new Page(cases, start == null ? null : encode(start));
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
        for (Map<String, AttributeValue> item : items) {
            String sk = item.get("sk").s();
            if (sk.startsWith(Keys.HISTORY_PREFIX)) {
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

    private static String encode(Map<String, AttributeValue> key) {
        Map<String, String> plain = new LinkedHashMap<>();
        key.forEach((name, value) -> plain.put(name, value.s()));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(plain).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A token is only taken when it is exactly a key this query gives out: a case of the asked region, so that a
     * forged one can neither fail the read nor start it in another region's cases.
     */
    private static Map<String, AttributeValue> decode(String token, String region) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidPageTokenException();
        }
        Map<?, ?> plain;
        try {
            plain = Json.MAPPER.readValue(Base64.getUrlDecoder().decode(token), Map.class);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new InvalidPageTokenException();
        }
        if (plain == null || !plain.keySet().equals(TOKEN_KEYS)
                || !plain.values().stream().allMatch(String.class::isInstance)) {
            throw new InvalidPageTokenException();
        }
        String caseId = ((String) plain.get("pk")).substring(Math.min(CASE_PREFIX.length(),
                ((String) plain.get("pk")).length()));
        boolean ofThisRegion = plain.get("pk").equals(CASE_PREFIX + caseId) && CaseId.isWellFormed(caseId)
                && plain.get("sk").equals("CASE")
                && plain.get("gsi1pk").equals("REGION#" + region)
                && TOKEN_SORT_KEY.matcher((String) plain.get("gsi1sk")).matches()
                && ((String) plain.get("gsi1sk")).endsWith("#" + caseId);
        if (!ofThisRegion) {
            throw new InvalidPageTokenException();
        }
        Map<String, AttributeValue> key = new HashMap<>();
        plain.forEach((name, value) -> key.put((String) name, AttributeValue.fromS((String) value)));
        return key;
    }

    public static final class InvalidPageTokenException extends RuntimeException {
        public InvalidPageTokenException() {
            super("The page token is not one this API gave out");
        }
    }
}
