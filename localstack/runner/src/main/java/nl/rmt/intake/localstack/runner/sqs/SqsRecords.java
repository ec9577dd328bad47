package nl.rmt.intake.localstack.runner.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** An SQS message in the JSON shape Lambda puts in an SQSEvent's Records. */
final class SqsRecords {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SqsRecords() {
    }

    static ObjectNode lambdaShape(Message message, String queueArn, String region) {
        ObjectNode record = NODES.objectNode();
        record.put("messageId", message.messageId());
        record.put("receiptHandle", message.receiptHandle());
        record.put("body", message.body());
        ObjectNode attributes = record.putObject("attributes");
        message.attributesAsStrings().forEach(attributes::put);
        ObjectNode messageAttributes = record.putObject("messageAttributes");
        message.messageAttributes().forEach((name, value) -> messageAttributes.set(name, messageAttribute(value)));
        record.put("md5OfBody", message.md5OfBody());
        if (message.md5OfMessageAttributes() != null) {
            record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
        }
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", queueArn);
        record.put("awsRegion", region);
        return record;
    }

    /** The record as filter patterns see it: a body holding JSON is matched as JSON, as Lambda does. */
    static JsonNode filterView(ObjectNode record) {
        String body = record.path("body").asText();
        try {
            JsonNode parsed = JSON.readTree(body);
            if (parsed != null && (parsed.isObject() || parsed.isArray())) {
                ObjectNode view = record.deepCopy();
                view.set("body", parsed);
                return view;
            }
        } catch (IOException notJson) {
            // Plain text bodies are matched as text.
        }
        return record;
    }

    private static ObjectNode messageAttribute(MessageAttributeValue value) {
        ObjectNode node = NODES.objectNode();
        if (value.stringValue() != null) {
            node.put("stringValue", value.stringValue());
        }
        if (value.binaryValue() != null) {
            node.put("binaryValue", Base64.getEncoder().encodeToString(value.binaryValue().asByteArray()));
        }
        ArrayNode strings = node.putArray("stringListValues");
        value.stringListValues().forEach(strings::add);
        ArrayNode binaries = node.putArray("binaryListValues");
        value.binaryListValues().forEach(binary -> binaries.add(Base64.getEncoder().encodeToString(binary.asByteArray())));
        node.put("dataType", value.dataType());
        return node;
    }
}
