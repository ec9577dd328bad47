package nl.rmt.intake.benchmarks;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import nl.rmt.intake.store.IntakePacking;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Moves a stored case on to where a case of its age could be now: accepted, contacted, closed with an outcome,
 * escalated or withdrawn and erased, written as those steps leave the case item. Playing each step through the
 * partner API would first need every case routed through the queues; the counts read only what is written here.
 */
final class LaterLifecycle {

    private static final String[] OUTCOMES = {"WORK", "WORK", "WORK", "WORK", "TRAINING", "TRAINING", "REFERRED",
        "NO_SHOW", "NO_SHOW", "WITHDRAWN"};

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final RandomGenerator random;

    LaterLifecycle(DynamoDbClient dynamoDb, String table, RandomGenerator random) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.random = random;
    }

    void moveOn(String caseId, String leadPartnerId, Instant at) {
        int draw = random.nextInt(100);
        String status = draw < 25 ? "ROUTED" : draw < 45 ? "ACCEPTED" : draw < 55 ? "CONTACTED"
                : draw < 90 ? "CLOSED" : draw < 95 ? "ESCALATED" : "WITHDRAWN";
        Map<String, String> names = new HashMap<>(Map.of("#status", "status", "#lead", leadPartnerId));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":status", AttributeValue.fromS(status), ":at", AttributeValue.fromS(at.toString())));
        StringBuilder update = new StringBuilder(
                "SET #status = :status, assignments.#lead.#status = :status, updatedAt = :at");
        if (status.equals("CLOSED")) {
            // As closing does: the retention index now counts from the closing time.
            update.append(", outcome = :outcome, gsi3pk = :closed, gsi3sk = :closedAt");
            values.put(":outcome", AttributeValue.fromS(OUTCOMES[random.nextInt(OUTCOMES.length)]));
            values.put(":closed", AttributeValue.fromS("RETENTION#CLOSED"));
            values.put(":closedAt", AttributeValue.fromS(at + "#" + caseId));
        }
        if (status.equals("WITHDRAWN")) {
            update.append(", erasedAt = :at REMOVE gsi2pk, gsi2sk, gsi3pk, gsi3sk");
            // The person's details are in the intake item's packed attribute, apart from the case item.
            Map<String, AttributeValue> intakeKey =
                    Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE#INTAKE"));
            AttributeValue packed = dynamoDb.getItem(request -> request.tableName(table).key(intakeKey)
                    .consistentRead(true)).item().get(IntakePacking.PACKED);
            dynamoDb.updateItem(request -> request.tableName(table).key(intakeKey)
                    .updateExpression("SET #intake = :erased")
                    .expressionAttributeNames(Map.of("#intake", IntakePacking.PACKED))
                    .expressionAttributeValues(Map.of(":erased", IntakePacking.erased(packed))));
        }
        dynamoDb.updateItem(request -> request.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE")))
                .updateExpression(update.toString())
                .expressionAttributeNames(names)
                .expressionAttributeValues(values));
    }
}
