package nl.rmt.intake.handlers.events;

import static nl.rmt.intake.handlers.events.EventJson.binary;
import static nl.rmt.intake.handlers.events.EventJson.fields;
import static nl.rmt.intake.handlers.events.EventJson.list;
import static nl.rmt.intake.handlers.events.EventJson.map;
import static nl.rmt.intake.handlers.events.EventJson.records;
import static nl.rmt.intake.handlers.events.EventJson.text;
import static nl.rmt.intake.handlers.events.EventJson.textMap;
import static nl.rmt.intake.handlers.events.EventJson.writeBatchItemFailures;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.MessageAttribute;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** An SQS event source mapping's batch read, and its partial-failure answer written, in one streaming pass each. */
public final class SqsEvents {

    private static final String KIND = "an SQS event";

    private SqsEvents() {
    }

    public static SQSEvent read(InputStream input) throws IOException {
        SQSEvent event = new SQSEvent();
        event.setRecords(records(input, KIND, SqsEvents::message));
        return event;
    }

    public static void write(SQSBatchResponse response, OutputStream output) throws IOException {
        writeBatchItemFailures(response.getBatchItemFailures() == null ? null : response.getBatchItemFailures()
                .stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList(), output);
    }

    private static SQSMessage message(JsonParser json, JsonToken start) throws IOException {
        SQSMessage message = new SQSMessage();
        fields(json, start, KIND, (field, value) -> {
            switch (field) {
                case "messageId" -> message.setMessageId(text(json, value, KIND));
                case "receiptHandle" -> message.setReceiptHandle(text(json, value, KIND));
                case "body" -> message.setBody(text(json, value, KIND));
                case "md5OfBody" -> message.setMd5OfBody(text(json, value, KIND));
                case "md5OfMessageAttributes" -> message.setMd5OfMessageAttributes(text(json, value, KIND));
                case "eventSource" -> message.setEventSource(text(json, value, KIND));
                case "eventSourceARN" -> message.setEventSourceArn(text(json, value, KIND));
                case "awsRegion" -> message.setAwsRegion(text(json, value, KIND));
                case "attributes" -> message.setAttributes(textMap(json, value, KIND));
                case "messageAttributes" -> message.setMessageAttributes(
                        map(json, value, KIND, attribute -> messageAttribute(json, attribute)));
                default -> json.skipChildren();
            }
        });
        return message;
    }

    private static MessageAttribute messageAttribute(JsonParser json, JsonToken start) throws IOException {
        MessageAttribute attribute = new MessageAttribute();
        fields(json, start, KIND, (field, value) -> {
            switch (field) {
                case "stringValue" -> attribute.setStringValue(text(json, value, KIND));
                case "binaryValue" -> attribute.setBinaryValue(binary(text(json, value, KIND), KIND));
                case "stringListValues" -> attribute.setStringListValues(
                        list(json, value, KIND, element -> text(json, element, KIND)));
                case "binaryListValues" -> attribute.setBinaryListValues(
                        list(json, value, KIND, element -> binary(text(json, element, KIND), KIND)));
                case "dataType" -> attribute.setDataType(text(json, value, KIND));
                default -> json.skipChildren();
            }
        });
        return attribute;
    }
}
