package nl.rmt.intake.localstack.provision;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.localstack.template.ResourceAttributes;

/** The template's tables, queues, topics and SES resources as the emulators know them, by logical id. */
public final class ProvisionedResources implements ResourceAttributes {

    public static final String TABLE = "AWS::DynamoDB::Table";
    public static final String QUEUE = "AWS::SQS::Queue";
    public static final String EMAIL_IDENTITY = "AWS::SES::EmailIdentity";
    public static final String CONFIGURATION_SET = "AWS::SES::ConfigurationSet";
    public static final String TOPIC = "AWS::SNS::Topic";

    private final Map<String, ProvisionedResource> byLogicalId;

    private ProvisionedResources(Map<String, ProvisionedResource> byLogicalId) {
        this.byLogicalId = byLogicalId;
    }

    public static ProvisionedResources of(Collection<ProvisionedResource> resources) {
        Map<String, ProvisionedResource> byLogicalId = new LinkedHashMap<>();
        resources.forEach(resource -> byLogicalId.put(resource.logicalId(), resource));
        return new ProvisionedResources(Collections.unmodifiableMap(byLogicalId));
    }

    /** Sees later additions to {@code resources}: lets each new resource refer to the ones made before it. */
    static ProvisionedResources liveView(Map<String, ProvisionedResource> resources) {
        return new ProvisionedResources(Collections.unmodifiableMap(resources));
    }

    public Map<String, ProvisionedResource> all() {
        return byLogicalId;
    }

    public List<ProvisionedResource> ofType(String type) {
        return byLogicalId.values().stream().filter(resource -> resource.type().equals(type)).toList();
    }

    public ProvisionedResource get(String logicalId) {
        ProvisionedResource resource = byLogicalId.get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("No provisioned resource '" + logicalId + "'; there are " + byLogicalId.keySet());
        }
        return resource;
    }

    public String tableName(String logicalId) {
        return ofKind(logicalId, TABLE).ref();
    }

    /** The table's latest stream ARN; fails if the table has no StreamSpecification. */
    public String streamArn(String logicalId) {
        return requiredAttribute(ofKind(logicalId, TABLE), "StreamArn");
    }

    public String queueUrl(String logicalId) {
        return ofKind(logicalId, QUEUE).ref();
    }

    public String queueArn(String logicalId) {
        return requiredAttribute(ofKind(logicalId, QUEUE), "Arn");
    }

    public Optional<String> queueUrlForArn(String arn) {
        return ofType(QUEUE).stream()
                .filter(queue -> arn.equals(queue.attributes().get("Arn")))
                .map(ProvisionedResource::ref)
                .findFirst();
    }

    /** A topic's ARN, which is also what {@code !Ref} gives for it. */
    public String topicArn(String logicalId) {
        return ofKind(logicalId, TOPIC).ref();
    }

    @Override
    public Optional<String> ref(String logicalId) {
        return Optional.ofNullable(byLogicalId.get(logicalId)).map(ProvisionedResource::ref);
    }

    @Override
    public Optional<String> attribute(String logicalId, String attribute) {
        return Optional.ofNullable(byLogicalId.get(logicalId)).flatMap(resource -> resource.attribute(attribute));
    }

    private ProvisionedResource ofKind(String logicalId, String type) {
        ProvisionedResource resource = get(logicalId);
        if (!resource.type().equals(type)) {
            throw new IllegalArgumentException("'" + logicalId + "' is a " + resource.type() + ", not a " + type);
        }
        return resource;
    }

    private static String requiredAttribute(ProvisionedResource resource, String name) {
        return resource.attribute(name).orElseThrow(() -> new IllegalArgumentException(
                "'" + resource.logicalId() + "' has no " + name));
    }
}
