package nl.rmt.intake.handlers.events;

import static nl.rmt.intake.handlers.events.EventJson.JSON;
import static nl.rmt.intake.handlers.events.EventJson.fields;
import static nl.rmt.intake.handlers.events.EventJson.map;
import static nl.rmt.intake.handlers.events.EventJson.records;
import static nl.rmt.intake.handlers.events.EventJson.text;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SNSEvent.MessageAttribute;
import com.amazonaws.services.lambda.runtime.events.SNSEvent.SNS;
import com.amazonaws.services.lambda.runtime.events.SNSEvent.SNSRecord;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An SNS subscription's event read in one streaming pass, and a count answered. The notification's
 * {@code Timestamp} stays unread: the event model holds it as Joda-Time, which a function that reads its own events
 * does not ship.
 */
public final class SnsEvents {

    private static final String KIND = "an SNS event";

    private SnsEvents() {
    }

    public static SNSEvent read(InputStream input) throws IOException {
        SNSEvent event = new SNSEvent();
        event.setRecords(records(input, KIND, SnsEvents::record));
        return event;
    }

    public static void write(Integer count, OutputStream output) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(output)) {
            if (count == null) {
                json.writeNull();
            } else {
                json.writeNumber(count);
            }
        }
    }

    private static SNSRecord record(JsonParser json, JsonToken start) throws IOException {
        SNSRecord record = new SNSRecord();
        fields(json, start, KIND, (field, value) -> {
            switch (field) {
                case "EventSource" -> record.setEventSource(text(json, value, KIND));
                case "EventVersion" -> record.setEventVersion(text(json, value, KIND));
                case "EventSubscriptionArn" -> record.setEventSubscriptionArn(text(json, value, KIND));
                case "Sns" -> record.setSns(notification(json, value));
                default -> json.skipChildren();
            }
        });
        return record;
    }

    private static SNS notification(JsonParser json, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        SNS sns = new SNS();
        fields(json, start, KIND, (field, value) -> {
            switch (field) {
                case "Type" -> sns.setType(text(json, value, KIND));
                case "MessageId" -> sns.setMessageId(text(json, value, KIND));
                case "TopicArn" -> sns.setTopicArn(text(json, value, KIND));
                case "Subject" -> sns.setSubject(text(json, value, KIND));
                case "Message" -> sns.setMessage(text(json, value, KIND));
                case "SignatureVersion" -> sns.setSignatureVersion(text(json, value, KIND));
                case "Signature" -> sns.setSignature(text(json, value, KIND));
                case "SigningCertUrl" -> sns.setSigningCertUrl(text(json, value, KIND));
                case "UnsubscribeUrl" -> sns.setUnsubscribeUrl(text(json, value, KIND));
                case "MessageAttributes" -> sns.setMessageAttributes(
                        map(json, value, KIND, attribute -> messageAttribute(json, attribute)));
                default -> json.skipChildren();
            }
        });
        return sns;
    }

    private static MessageAttribute messageAttribute(JsonParser json, JsonToken start) throws IOException {
        MessageAttribute attribute = new MessageAttribute();
        fields(json, start, KIND, (field, value) -> {
            switch (field) {
                case "Type" -> attribute.setType(text(json, value, KIND));
                case "Value" -> attribute.setValue(text(json, value, KIND));
                default -> json.skipChildren();
            }
        });
        return attribute;
    }
}
