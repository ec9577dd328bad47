package nl.rmt.intake.localstack.runner.stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/** A DynamoDB Streams record in the JSON shape Lambda puts in a DynamodbEvent's Records. */
final class StreamRecords {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StreamRecords() {
    }

    static ObjectNode lambdaShape(Record record, String streamArn, String region) {
        ObjectNode node = NODES.objectNode();
        node.put("eventID", record.eventID());
        node.put("eventName", record.eventNameAsString());
        node.put("eventVersion", "1.1");
        node.put("eventSource", "aws:dynamodb");
        node.put("awsRegion", region);
        StreamRecord change = record.dynamodb();
        ObjectNode dynamodb = node.putObject("dynamodb");
        if (change.approximateCreationDateTime() != null) {
            dynamodb.put("ApproximateCreationDateTime", change.approximateCreationDateTime().getEpochSecond());
        }
        if (change.hasKeys()) {
            dynamodb.set("Keys", DynamoDbJson.item(change.keys()));
        }
        if (change.hasNewImage()) {
            dynamodb.set("NewImage", DynamoDbJson.item(change.newImage()));
        }
        if (change.hasOldImage()) {
            dynamodb.set("OldImage", DynamoDbJson.item(change.oldImage()));
        }
        dynamodb.put("SequenceNumber", change.sequenceNumber());
        if (change.sizeBytes() != null) {
            dynamodb.put("SizeBytes", change.sizeBytes());
        }
        dynamodb.put("StreamViewType", change.streamViewTypeAsString());
        if (record.userIdentity() != null) {
            ObjectNode identity = node.putObject("userIdentity");
            identity.put("type", record.userIdentity().type());
            identity.put("principalId", record.userIdentity().principalId());
        }
        node.put("eventSourceARN", streamArn);
        return node;
    }
}
