package nl.rmt.intake.localstack.provision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.template.StackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;

/** Creates one AWS::SQS::Queue in ElasticMQ, or finds the one a previous run created. */
final class QueueProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(QueueProvisioner.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CloudFormation properties that are SQS queue attributes of the same name. */
    private static final List<String> PLAIN_ATTRIBUTES = List.of(
            "FifoQueue", "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit",
            "VisibilityTimeout", "MessageRetentionPeriod", "ReceiveMessageWaitTimeSeconds", "DelaySeconds",
            "MaximumMessageSize");
    /** CloudFormation properties that are SQS attributes holding a JSON document. */
    private static final List<String> JSON_ATTRIBUTES = List.of("RedrivePolicy");

    private final SqsClient sqs;
    private final StackSettings stack;

    QueueProvisioner(SqsClient sqs, StackSettings stack) {
        this.sqs = sqs;
        this.stack = stack;
    }

    ProvisionedResource ensure(String logicalId, String queueName, PropertyValues properties) {
        String queueUrl = createOrFind(queueName, attributes(properties));
        LOG.debug("Queue {} ready for {}", queueName, logicalId);
        // ElasticMQ builds ARNs from the region and account it was started with, as SQS does; computing it
        // saves a call per queue, which adds up over a template's hundred queues.
        String arn = "arn:" + stack.partition() + ":sqs:" + stack.region() + ":" + stack.accountId() + ":" + queueName;
        return new ProvisionedResource(logicalId, ProvisionedResources.QUEUE, queueUrl,
                Map.of("Arn", arn, "QueueName", queueName, "QueueUrl", queueUrl));
    }

    /**
     * CreateQueue returns the existing queue when its attributes are the same; a queue left by an earlier
     * run with other attributes is reused as it is, since emulator data lives only as long as the process.
     */
    private String createOrFind(String queueName, Map<String, String> attributes) {
        try {
            return sqs.createQueue(request -> request.queueName(queueName).attributesWithStrings(attributes)).queueUrl();
        } catch (QueueNameExistsException differentAttributes) {
            LOG.warn("Queue {} exists with other attributes; reusing it unchanged", queueName);
            return sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
        }
    }

    private static Map<String, String> attributes(PropertyValues properties) {
        Map<String, String> attributes = new HashMap<>();
        for (String name : PLAIN_ATTRIBUTES) {
            if (properties.has(name)) {
                attributes.put(name, properties.text(name));
            }
        }
        for (String name : JSON_ATTRIBUTES) {
            Object value = properties.raw(name);
            if (value != null) {
                attributes.put(name, value instanceof String json ? json : toJson(value, properties.where() + "." + name));
            }
        }
        return attributes;
    }

    private static String toJson(Object value, String where) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + " cannot be written as JSON", e);
        }
    }
}
