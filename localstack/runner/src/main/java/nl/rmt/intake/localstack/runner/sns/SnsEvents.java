package nl.rmt.intake.localstack.runner.sns;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** A message published to a topic, as the SNSEvent SNS hands a subscribed function: one record. */
final class SnsEvents {

    private SnsEvents() {
    }

    static String event(String subscriptionArn, String topicArn, String messageId, String message,
                        Map<String, String> attributes, Instant timestamp, String region) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("EventSource", "aws:sns");
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", subscriptionArn);
        ObjectNode sns = record.putObject("Sns");
        sns.put("Type", "Notification");
        sns.put("MessageId", messageId);
        sns.put("TopicArn", topicArn);
        sns.putNull("Subject");
        sns.put("Message", message);
        sns.put("Timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString());
        // Nothing is signed locally; the fields are there because handlers may read them.
        sns.put("SignatureVersion", "1");
        sns.put("Signature", "LOCAL");
        sns.put("SigningCertUrl", "https://sns." + region + ".amazonaws.com/SimpleNotificationService-local.pem");
        sns.put("UnsubscribeUrl", "https://sns." + region + ".amazonaws.com/?Action=Unsubscribe&SubscriptionArn="
                + subscriptionArn);
        ObjectNode messageAttributes = sns.putObject("MessageAttributes");
        attributes.forEach((name, value) -> messageAttributes.putObject(name).put("Type", "String").put("Value", value));
        return event.toString();
    }
}
