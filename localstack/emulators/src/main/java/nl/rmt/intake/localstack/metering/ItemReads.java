package nl.rmt.intake.localstack.metering;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.rmt.intake.localstack.LocalClients;
import nl.rmt.intake.localstack.iam.ActingFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The meter's own reads of the items a write touches, before and after it, and of the tables' shapes. Its client acts
 * as no function, so these reads are neither counted nor checked against a role.
 */
final class ItemReads {

    private static final Map<String, ItemReads> BY_ENDPOINT = new ConcurrentHashMap<>();
    private static final int KEYS_PER_BATCH = 100;

    /** One item of one table. */
    record ItemKey(String table, Map<String, AttributeValue> key) {
    }

    private final DynamoDbClient dynamoDb;
    private final Map<String, TableShape> shapes = new ConcurrentHashMap<>();

    private ItemReads(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    static ItemReads at(URI endpoint, String region) {
        return BY_ENDPOINT.computeIfAbsent(endpoint + " " + region, ignored -> new ItemReads(
                ActingFunction.as(null, () -> LocalClients.dynamoDb(endpoint, region))));
    }

    TableShape shape(String table) {
        return shapes.computeIfAbsent(table,
                name -> TableShape.of(dynamoDb.describeTable(request -> request.tableName(name)).table()));
    }

    /** The items as they are now (strongly consistent); a key with no item is left out. */
    Map<ItemKey, Map<String, AttributeValue>> items(List<ItemKey> keys) {
        Map<ItemKey, Map<String, AttributeValue>> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_BATCH) {
            Map<String, List<Map<String, AttributeValue>>> byTable = new HashMap<>();
            for (ItemKey key : keys.subList(from, Math.min(keys.size(), from + KEYS_PER_BATCH))) {
                byTable.computeIfAbsent(key.table(), table -> new ArrayList<>()).add(key.key());
            }
            Map<String, KeysAndAttributes> wanted = new HashMap<>();
            byTable.forEach((table, tableKeys) -> wanted.put(table,
                    KeysAndAttributes.builder().keys(tableKeys).consistentRead(true).build()));
            fetch(wanted, found);
        }
        return found;
    }

    private void fetch(Map<String, KeysAndAttributes> keys, Map<ItemKey, Map<String, AttributeValue>> found) {
        Map<String, KeysAndAttributes> wanted = keys;
        while (!wanted.isEmpty()) {
            Map<String, KeysAndAttributes> asked = wanted;
            BatchGetItemResponse response = dynamoDb.batchGetItem(request -> request.requestItems(asked));
            response.responses().forEach((table, items) -> items.forEach(item ->
                    found.put(new ItemKey(table, keyOf(shape(table), item)), item)));
            wanted = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
    }

    static Map<String, AttributeValue> keyOf(TableShape table, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new HashMap<>();
        for (String name : table.key()) {
            key.put(name, item.get(name));
        }
        return key;
    }
}
