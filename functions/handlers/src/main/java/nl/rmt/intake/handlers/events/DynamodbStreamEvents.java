package nl.rmt.intake.handlers.events;

import static nl.rmt.intake.handlers.events.EventJson.binary;
import static nl.rmt.intake.handlers.events.EventJson.fields;
import static nl.rmt.intake.handlers.events.EventJson.list;
import static nl.rmt.intake.handlers.events.EventJson.map;
import static nl.rmt.intake.handlers.events.EventJson.records;
import static nl.rmt.intake.handlers.events.EventJson.text;
import static nl.rmt.intake.handlers.events.EventJson.writeBatchItemFailures;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Date;
import java.util.Map;
import java.util.Map;

/**
 * A DynamoDB stream's batch read, and its partial-failure answer written, in one streaming pass each. Items come in
 * DynamoDB's JSON (every attribute an object of one type key), read into the event model's attribute values as the
 * runtime's reader did: binaries decoded from base64, numbers kept as their text.
 */
public final class DynamodbStreamEvents {

    private static final String KIND = "a DynamoDB stream event";

    private DynamodbStreamEvents() {
    }

    public static DynamodbEvent read(InputStream input) throws IOException {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records(input, KIND, DynamodbStreamEvents::record));
        return event;
    }

    public static void write(StreamsEventResponse response, OutputStream output) throws IOException {
        writeBatchItemFailures(response.getBatchItemFailures() == null ? null : response.getBatchItemFailures()
                .stream().map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList(), output);
    }

    private static DynamodbStreamRecord record(JsonParser json, JsonToken start) throws IOException {
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        fields(json, start, KIND, (field, value) -> {
            switch (field) {
                case "eventID" -> record.setEventID(text(json, value, KIND));
                case "eventName" -> record.setEventName(text(json, value, KIND));
                case "eventVersion" -> record.setEventVersion(text(json, value, KIND));
                case "eventSource" -> record.setEventSource(text(json, value, KIND));
                case "awsRegion" -> record.setAwsRegion(text(json, value, KIND));
                case "eventSourceARN" -> record.setEventSourceARN(text(json, value, KIND));
                case "dynamodb" -> record.setDynamodb(change(json, value));
                case "userIdentity" -> record.setUserIdentity(identity(json, value));
                default -> json.skipChildren();
            }
        });
        return record;
    }

    private static StreamRecord change(JsonParser json, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        StreamRecord change = new StreamRecord();
        fields(json, start, KIND, (field, value) -> {
            switch (field) {
                case "ApproximateCreationDateTime" -> change.setApproximateCreationDateTime(epochSeconds(json, value));
                case "Keys" -> change.setKeys(item(json, value));
                case "NewImage" -> change.setNewImage(item(json, value));
                case "OldImage" -> change.setOldImage(item(json, value));
                case "SequenceNumber" -> change.setSequenceNumber(text(json, value, KIND));
                case "SizeBytes" -> change.setSizeBytes(value == JsonToken.VALUE_NULL ? null : number(json, value));
                case "StreamViewType" -> change.setStreamViewType(streamViewType(text(json, value, KIND)));
                default -> json.skipChildren();
            }
        });
        return change;
    }

    private static Map<String, AttributeValue> item(JsonParser json, JsonToken start) throws IOException {
        return map(json, start, KIND, value -> attributeValue(json, value));
    }

    private static AttributeValue attributeValue(JsonParser json, JsonToken start) throws IOException {
        AttributeValue attribute = new AttributeValue();
        fields(json, start, KIND, (type, value) -> {
            switch (type) {
                case "S" -> attribute.setS(text(json, value, KIND));
                case "N" -> attribute.setN(text(json, value, KIND));
                case "B" -> attribute.setB(binary(text(json, value, KIND), KIND));
                case "SS" -> attribute.setSS(list(json, value, KIND, element -> text(json, element, KIND)));
                case "NS" -> attribute.setNS(list(json, value, KIND, element -> text(json, element, KIND)));
                case "BS" -> attribute.setBS(list(json, value, KIND,
                        element -> binary(text(json, element, KIND), KIND)));
                case "M" -> attribute.setM(item(json, value));
                case "L" -> attribute.setL(list(json, value, KIND, element -> attributeValue(json, element)));
                case "NULL" -> attribute.setNULL(bool(value));
                case "BOOL" -> attribute.setBOOL(bool(value));
                default -> json.skipChildren();
            }
        });
        return attribute;
    }

    private static Identity identity(JsonParser json, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        Identity identity = new Identity();
        fields(json, start, KIND, (field, value) -> {
            switch (field) {
                case "principalId" -> identity.setPrincipalId(text(json, value, KIND));
                case "type" -> identity.setType(text(json, value, KIND));
                default -> json.skipChildren();
            }
        });
        return identity;
    }

    /** Lambda gives the change's time in epoch seconds, with a fraction when the stream has one. */
    private static Date epochSeconds(JsonParser json, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!value.isNumeric()) {
            throw new IOException("Not " + KIND + ": a number expected");
        }
        return new Date(json.getDecimalValue().movePointRight(3).longValue());
    }

    private static long number(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException("Not " + KIND + ": a whole number expected");
        }
        return json.getLongValue();
    }

    private static Boolean bool(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw new IOException("Not " + KIND + ": true or false expected");
        }
        return value == JsonToken.VALUE_TRUE;
    }

    private static StreamViewType streamViewType(String name) throws IOException {
        if (name == null) {
            return null;
        }
        try {
            return StreamViewType.fromValue(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("Not " + KIND + ": an unknown stream view type");
        }
    }
}
