package nl.rmt.intake.localstack.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.LocalClients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The meter against DynamoDB Local on items of known size (AWS's formula: names plus values): outside transactions
 * Local counts as AWS bills, and the meter's own rule agrees with it; in transactions the meter bills 2 units per KB
 * of every item, whatever its partition key, where Local reports otherwise.
 */
class RequestMeterTest {

    private static final String CALLER = "RetentionFunction";
    private static EmbeddedStack stack;
    private static String table;
    private static DynamoDbClient metered;

    @BeforeAll
    static void startStack() {
        stack = EmbeddedStack.shared();
        table = stack.resources().tableName("CasesTable");
        metered = stack.asFunction(CALLER,
                () -> LocalClients.dynamoDb(stack.endpoints().dynamoDb(), stack.settings().region()));
    }

    @Test
    void measuresAnItemByItsAttributeNamesAndValues() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS("ab"));
        item.put("n", AttributeValue.fromN("-1234.500"));
        item.put("list", AttributeValue.fromL(List.of(AttributeValue.fromBool(true), AttributeValue.fromS("xyz"))));
        item.put("map", AttributeValue.fromM(Map.of("k", AttributeValue.fromNul(true))));
        item.put("set", AttributeValue.fromSs(List.of("é", "de")));

        // pk 2+2; n 1+(5 digits: 3+1); list 4+3+2 elements+1+3; map 3+3+1 element+1+1; set 3+2+2
        assertThat(ItemSizes.of(item)).isEqualTo(4 + 5 + 13 + 9 + 7);
    }

    @Test
    void billsAWriteOutsideATransactionPerKilobyteBegunAsDynamoDbLocalReportsIt() {
        Map<String, AttributeValue> oneKilobyte = itemOf(1024);
        Map<String, AttributeValue> justOver = itemOf(1025);

        List<RequestMeter.Count> counts = metered(() -> {
            metered.putItem(request -> request.tableName(table).item(oneKilobyte));
            metered.putItem(request -> request.tableName(table).item(justOver));
        });

        assertThat(count(counts, "PutItem").writeUnits()).isEqualTo(1 + 2);
        assertThat(count(counts, "PutItem").localWriteUnits()).isEqualTo(1 + 2);
    }

    @Test
    void billsEveryItemOfATransactionTwicePerKilobyteWhateverItsPartitionKey() {
        Map<String, AttributeValue> large = itemOf(1500);
        Map<String, AttributeValue> small = itemOf(300);

        List<RequestMeter.Count> counts = metered(() -> metered.transactWriteItems(request -> request.transactItems(
                put(large), put(small))));

        assertThat(count(counts, "TransactWriteItems").writeUnits()).isEqualTo(2 * 2 + 2 * 1);
        assertThat(count(counts, "TransactWriteItems").localWriteUnits()).isNotEqualTo(2 * 2 + 2 * 1);
    }

    @Test
    void billsAnUpdateThatGrowsAnItemByItsSizeAfterInAndOutsideATransaction() {
        Map<String, AttributeValue> first = itemOf(900);
        Map<String, AttributeValue> second = itemOf(900);
        stack.dynamoDb().transactWriteItems(request -> request.transactItems(put(first), put(second)));

        List<RequestMeter.Count> counts = metered(() -> {
            metered.transactWriteItems(request -> request.transactItems(
                    TransactWriteItem.builder().update(grow(first)).build()));
            metered.updateItem(request -> request.tableName(table).key(keyOf(second))
                    .updateExpression(grow(second).updateExpression())
                    .expressionAttributeValues(grow(second).expressionAttributeValues()));
        });

        assertThat(count(counts, "TransactWriteItems").writeUnits()).isEqualTo(2 * 2);
        assertThat(count(counts, "UpdateItem").writeUnits()).isEqualTo(2);
        assertThat(count(counts, "UpdateItem").localWriteUnits()).isEqualTo(2);
    }

    @Test
    void billsAnIndexKeyChangeAsTwoIndexWritesOnceEvenInATransaction() {
        Map<String, AttributeValue> inTransaction = inRetentionIndex(itemOf(200));
        Map<String, AttributeValue> outside = inRetentionIndex(itemOf(200));
        stack.dynamoDb().transactWriteItems(request -> request.transactItems(put(inTransaction), put(outside)));

        List<RequestMeter.Count> counts = metered(() -> {
            metered.transactWriteItems(request -> request.transactItems(
                    TransactWriteItem.builder().update(moveInRetentionIndex(inTransaction)).build()));
            Update move = moveInRetentionIndex(outside);
            metered.updateItem(request -> request.tableName(table).key(keyOf(outside))
                    .updateExpression(move.updateExpression()).expressionAttributeValues(move.expressionAttributeValues()));
        });

        assertThat(count(counts, "TransactWriteItems").writeUnits()).isEqualTo(2 + 2);
        assertThat(count(counts, "UpdateItem").localWriteUnits()).isEqualTo(1 + 2);
        assertThat(RequestMeter.parts()).contains(
                new RequestMeter.Part(CALLER, "TransactWriteItems", "gsi3", 1, 2),
                new RequestMeter.Part(CALLER, "UpdateItem", "gsi3", 1, 2));
    }

    @Test
    void agreesWithDynamoDbLocalOnIndexWritesOutsideTransactions() {
        Map<String, AttributeValue> before = inRetentionIndex(itemOf(200));
        before.put("gsi1pk", AttributeValue.fromS("REGION#METER"));
        before.put("gsi1sk", AttributeValue.fromS("2026"));
        before.put("status", AttributeValue.fromS("SUBMITTED"));
        stack.dynamoDb().putItem(request -> request.tableName(table).item(before));

        List<RequestMeter.Count> counts = metered(() -> metered.updateItem(request -> request.tableName(table)
                .key(keyOf(before))
                .updateExpression("SET #status = :routed, gsi2pk = :awaiting, gsi2sk = :since REMOVE gsi3pk, gsi3sk")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":routed", AttributeValue.fromS("ROUTED"),
                        ":awaiting", AttributeValue.fromS("AWAITING"), ":since", AttributeValue.fromS("2026")))));
        Map<String, AttributeValue> after = stack.dynamoDb().getItem(request -> request.tableName(table)
                .key(keyOf(before)).consistentRead(true)).item();

        // gsi1: a projected attribute changed; gsi2: the item enters; gsi3: it leaves.
        List<WriteUnits.Part> byRule = WriteUnits.of(ItemReads.at(stack.endpoints().dynamoDb(),
                stack.settings().region()).shape(table), keyOf(before), before, after, false);
        assertThat(byRule).containsExactly(new WriteUnits.Part("METER", 1), new WriteUnits.Part("gsi1", 1),
                new WriteUnits.Part("gsi2", 1), new WriteUnits.Part("gsi3", 1));
        assertThat(count(counts, "UpdateItem").localWriteUnits())
                .isEqualTo(byRule.stream().mapToDouble(WriteUnits.Part::units).sum());
    }

    @Test
    void takesReadUnitsFromDynamoDbLocalWhichBillsFourKilobytesPerUnit() {
        Map<String, AttributeValue> item = itemOf(5000);
        stack.dynamoDb().putItem(request -> request.tableName(table).item(item));

        List<RequestMeter.Count> counts = metered(() -> {
            metered.getItem(request -> request.tableName(table).key(keyOf(item)).consistentRead(true));
            metered.getItem(request -> request.tableName(table).key(keyOf(item)).consistentRead(false));
        });

        assertThat(count(counts, "GetItem").readUnits()).isEqualTo(2 + 1);
    }

    @Test
    void keepsTheTimeOfItsOwnReadsAroundATransactionOnTheCallingThreadAndNoneForAPlainRead() {
        Map<String, AttributeValue> item = itemOf(300);
        long before = RequestMeter.ownNanos();
        metered(() -> metered.getItem(request -> request.tableName(table).key(keyOf(item))));
        long afterRead = RequestMeter.ownNanos();

        metered(() -> metered.transactWriteItems(request -> request.transactItems(put(item))));

        assertThat(afterRead).isEqualTo(before);
        assertThat(RequestMeter.ownNanos()).isGreaterThan(afterRead);
    }

    private static List<RequestMeter.Count> metered(Runnable calls) {
        RequestMeter.arm();
        try {
            stack.asFunction(CALLER, () -> {
                calls.run();
                return null;
            });
        } finally {
            RequestMeter.disarm();
        }
        return RequestMeter.counts();
    }

    private static RequestMeter.Count count(List<RequestMeter.Count> counts, String operation) {
        return counts.stream().filter(count -> count.caller().equals(CALLER) && count.operation().equals(operation))
                .findFirst().orElseThrow();
    }

    /** An item under its own partition key, of exactly that many bytes by AWS's formula. */
    private static Map<String, AttributeValue> itemOf(int bytes) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS("METER#" + UUID.randomUUID()));
        item.put("sk", AttributeValue.fromS("METER"));
        item.put("pad", AttributeValue.fromS(""));
        item.put("pad", AttributeValue.fromS("x".repeat((int) (bytes - ItemSizes.of(item)))));
        assertThat(ItemSizes.of(item)).isEqualTo(bytes);
        return item;
    }

    private static Map<String, AttributeValue> inRetentionIndex(Map<String, AttributeValue> item) {
        item.put("gsi3pk", AttributeValue.fromS("RETENTION#METER"));
        item.put("gsi3sk", AttributeValue.fromS("2026-01"));
        return item;
    }

    private static Update moveInRetentionIndex(Map<String, AttributeValue> item) {
        return Update.builder().tableName(table).key(keyOf(item)).updateExpression("SET gsi3sk = :later")
                .expressionAttributeValues(Map.of(":later", AttributeValue.fromS("2026-02"))).build();
    }

    /** Adds 700 bytes. */
    private static Update grow(Map<String, AttributeValue> item) {
        return Update.builder().tableName(table).key(keyOf(item)).updateExpression("SET grown = :more")
                .expressionAttributeValues(Map.of(":more", AttributeValue.fromS("y".repeat(700 - "grown".length()))))
                .build();
    }

    private static TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build();
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        return Map.of("pk", item.get("pk"), "sk", item.get("sk"));
    }
}
