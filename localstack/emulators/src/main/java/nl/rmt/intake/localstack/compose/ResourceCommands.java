package nl.rmt.intake.localstack.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.TemplateResource;

/**
 * The init script's lines for one resource: required or optional steps ({@link Need}), each a call of one of its
 * shell functions with the AWS API request built from the resolved CloudFormation properties. Properties without a
 * local effect are named in a comment and never sent, so a reader sees what the script leaves out rather than
 * guessing, and no emulator can refuse them.
 */
final class ResourceCommands {

    static final String EVENT_DESTINATION = "AWS::SES::ConfigurationSetEventDestination";

    /** CloudFormation queue properties that are SQS attributes of the same name. */
    private static final List<String> QUEUE_ATTRIBUTES = List.of(
            "FifoQueue", "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit",
            "VisibilityTimeout", "MessageRetentionPeriod", "ReceiveMessageWaitTimeSeconds", "DelaySeconds",
            "MaximumMessageSize", "RedrivePolicy", "RedriveAllowPolicy");
    private static final Set<String> JSON_QUEUE_ATTRIBUTES = Set.of("RedrivePolicy", "RedriveAllowPolicy");
    /** CloudFormation topic properties that are SNS attributes of the same name. */
    private static final List<String> TOPIC_ATTRIBUTES = List.of(
            "FifoTopic", "ContentBasedDeduplication", "DisplayName", "SignatureVersion", "TracingConfig");
    private static final List<String> TABLE_REQUEST = List.of(
            "AttributeDefinitions", "KeySchema", "BillingMode", "ProvisionedThroughput", "LocalSecondaryIndexes");
    private static final List<String> INDEX_REQUEST = List.of(
            "IndexName", "KeySchema", "Projection", "ProvisionedThroughput", "OnDemandThroughput");

    private ResourceCommands() {
    }

    /**
     * One resource's comment and steps: {@code now}, in the resource's own wave, and {@code next}, steps that need the
     * resource to exist and so go into the following wave. {@code properties} are resolved, {@code name} is its
     * physical name, {@code namedByAFunction} whether a function's environment names it.
     */
    static Lines lines(TemplateResource resource, String name, Map<String, Object> properties, boolean namedByAFunction) {
        return switch (resource.type()) {
            case ProvisionedResources.TABLE -> withComment(resource, properties,
                    List.of("TableName", "TimeToLiveSpecification", "GlobalSecondaryIndexes", "StreamSpecification"),
                    TABLE_REQUEST, table(name, properties), timeToLive(name, properties));
            case ProvisionedResources.QUEUE -> withComment(resource, properties, List.of("QueueName"), QUEUE_ATTRIBUTES,
                    "run " + Need.QUEUE.step(name, "create_queue " + Shell.quote(name) + " " + Shell.quote(Json.compact(
                            attributes(properties, QUEUE_ATTRIBUTES, JSON_QUEUE_ATTRIBUTES)))), List.of());
            case ProvisionedResources.TOPIC -> withComment(resource, properties, List.of("TopicName"), TOPIC_ATTRIBUTES,
                    "run " + Need.topic(namedByAFunction).step(name, "create_topic " + Shell.quote(name) + " "
                            + Shell.quote(Json.compact(attributes(properties, TOPIC_ATTRIBUTES, Set.of())))), List.of());
            case ProvisionedResources.EMAIL_IDENTITY -> withComment(resource, properties, List.of("EmailIdentity"),
                    List.of(), "run " + Need.EMAIL_IDENTITY.step(name, "verify_identity " + Shell.quote(name)), List.of());
            case ProvisionedResources.CONFIGURATION_SET -> withComment(resource, properties, List.of("Name"), List.of(),
                    "run " + Need.configurationSet(namedByAFunction).step(name,
                            "create_configuration_set " + Shell.quote(name)), List.of());
            case EVENT_DESTINATION -> withComment(resource, properties,
                    List.of("ConfigurationSetName", "EventDestination"), List.of(), eventDestination(resource, properties),
                    List.of());
            default -> throw new IllegalArgumentException("The init script does not create " + resource.type());
        };
    }

    /** Lines of the resource's own wave, and lines for the wave after it. */
    record Lines(List<String> now, List<String> next) {
    }

    private static Lines withComment(TemplateResource resource, Map<String, Object> properties,
                                     List<String> used, List<String> alsoUsed, String command, List<String> next) {
        Set<String> leftOut = new TreeSet<>(properties.keySet());
        used.forEach(leftOut::remove);
        alsoUsed.forEach(leftOut::remove);
        String comment = "# " + resource.logicalId() + (leftOut.isEmpty() ? "" : " (left out: " + String.join(", ", leftOut) + ")");
        return new Lines(List.of(comment, command), next);
    }

    private static String table(String name, Map<String, Object> properties) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("TableName", name);
        for (String property : TABLE_REQUEST) {
            if (properties.containsKey(property)) {
                request.put(property, properties.get(property));
            }
        }
        if (properties.get("GlobalSecondaryIndexes") instanceof List<?> indexes) {
            request.put("GlobalSecondaryIndexes", indexes.stream().map(index -> subset(index, INDEX_REQUEST)).toList());
        }
        if (properties.get("StreamSpecification") instanceof Map<?, ?> stream) {
            Map<String, Object> specification = new LinkedHashMap<>();
            specification.put("StreamEnabled", true);
            specification.put("StreamViewType", stream.get("StreamViewType"));
            request.put("StreamSpecification", specification);
        }
        return "run " + Need.TABLE.step(name, "create_table " + Shell.quote(name) + " " + Shell.quote(Json.memberPerLine(request)));
    }

    /** Turned on once the table exists, so a table without it still serves the functions. */
    private static List<String> timeToLive(String name, Map<String, Object> properties) {
        if (properties.get("TimeToLiveSpecification") instanceof Map<?, ?> ttl
                && Boolean.parseBoolean(String.valueOf(ttl.get("Enabled")))) {
            String attribute = String.valueOf(ttl.get("AttributeName"));
            return List.of("run after " + Shell.quote(Need.TABLE.what(name)) + " " + Need.TIME_TO_LIVE.step(
                    name + " (" + attribute + ")", "enable_time_to_live " + Shell.quote(name) + " " + Shell.quote(attribute)));
        }
        return List.of();
    }

    private static String eventDestination(TemplateResource resource, Map<String, Object> properties) {
        String where = "Resources." + resource.logicalId() + ".Properties";
        if (!(properties.get("EventDestination") instanceof Map<?, ?> destination)) {
            throw new IllegalArgumentException(where + ".EventDestination is required");
        }
        // The SES v1 API spells the SNS destination in capitals; its other members match CloudFormation's.
        Map<String, Object> request = new LinkedHashMap<>();
        destination.forEach((key, value) -> request.put(key.equals("SnsDestination") ? "SNSDestination" : String.valueOf(key), value));
        Object name = request.get("Name");
        if (name == null) {
            throw new IllegalArgumentException(where + ".EventDestination.Name is required locally");
        }
        String set = String.valueOf(properties.get("ConfigurationSetName"));
        return "run " + Need.EVENT_DESTINATION.step(name + " of " + set, "create_event_destination " + Shell.quote(set)
                + " " + Shell.quote(String.valueOf(name)) + " " + Shell.quote(Json.compact(request)));
    }

    private static Map<String, String> attributes(Map<String, Object> properties, List<String> names, Set<String> jsonValued) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : names) {
            Object value = properties.get(name);
            if (value != null) {
                attributes.put(name, jsonValued.contains(name) && !(value instanceof String) ? Json.compact(value) : String.valueOf(value));
            }
        }
        return attributes;
    }

    private static Map<String, Object> subset(Object value, List<String> keys) {
        Map<String, Object> subset = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            keys.stream().filter(map::containsKey).forEach(key -> subset.put(key, map.get(key)));
        }
        return subset;
    }
}
