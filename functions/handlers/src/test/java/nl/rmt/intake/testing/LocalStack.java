package nl.rmt.intake.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.store.DynamoDbCaseQueries;
import nl.rmt.intake.store.IntakePacking;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** The real emulators the handler and adapter tests run against, started once for the test JVM. */
public final class LocalStack {

    private LocalStack() {
    }

    public static EmbeddedStack stack() {
        return EmbeddedStack.shared();
    }

    /**
     * Creates a handler as the template's function {@code functionLogicalId}: its SDK clients act with that function's
     * role, so a call the role does not allow fails as on AWS. Handler tests create every handler this way.
     */
    public static <T> T asFunction(String functionLogicalId, Supplier<T> create) {
        return stack().asFunction(functionLogicalId, create);
    }

    public static String table() {
        return stack().resources().tableName("CasesTable");
    }

    public static String queueName(String baseName) {
        return System.getProperty("QUEUE_NAME_PREFIX") + baseName + ".fifo";
    }

    public static String queueUrl(String baseName) {
        return stack().sqs().getQueueUrl(request -> request.queueName(queueName(baseName))).queueUrl();
    }

    /** The case item with the attributes of its intake item (the form and the decision), as the store reads them. */
    public static Map<String, AttributeValue> caseItem(String caseId) {
        Map<String, AttributeValue> whole = new java.util.HashMap<>(IntakePacking.unpacked(item(caseId, "CASE#INTAKE")));
        whole.putAll(stateItem(caseId));
        return whole;
    }

    /** The case item alone: the case's state, which every change rewrites. */
    public static Map<String, AttributeValue> stateItem(String caseId) {
        return item(caseId, "CASE");
    }

    private static Map<String, AttributeValue> item(String caseId, String sk) {
        return stack().dynamoDb().getItem(request -> request.tableName(table()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS(sk))))
                .item();
    }

    /** The case item, its history and its outbox, in key order. */
    public static List<Map<String, AttributeValue>> itemsOfCase(String caseId) {
        return stack().dynamoDb().query(request -> request.tableName(table()).consistentRead(true)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CASE#" + caseId)))).items();
    }

    /** The case's history as the desks read it, oldest first: the intake's entry, which the case item holds, too. */
    public static List<JsonNode> historyOf(String caseId) {
        JsonNode view = new DynamoDbCaseQueries(stack().dynamoDb(), table()).caseWithHistory(caseId).orElseThrow();
        List<JsonNode> entries = new ArrayList<>();
        view.get("history").forEach(entries::add);
        return entries;
    }

    public static int itemCount() {
        return stack().dynamoDb().scan(request -> request.tableName(table()).select(Select.COUNT)).count();
    }

    /** Takes every message now on the queue off it: tests share queues, so callers filter by case. */
    public static List<Message> takeAll(String baseName) {
        String url = queueUrl(baseName);
        List<Message> taken = new ArrayList<>();
        while (true) {
            List<Message> batch = stack().sqs().receiveMessage(request -> request.queueUrl(url)
                    .maxNumberOfMessages(10).waitTimeSeconds(0)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (batch.isEmpty()) {
                return taken;
            }
            for (Message message : batch) {
                stack().sqs().deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle()));
                taken.add(message);
            }
        }
    }

    public static List<Message> takeAllFor(String baseName, String caseId) {
        return takeAll(baseName).stream().filter(message -> message.body().contains(caseId)).toList();
    }
}
