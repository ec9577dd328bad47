package nl.rmt.intake.localstack.compose;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.ResourceAttributes;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;

/**
 * What {@code Ref} and {@code Fn::GetAtt} give for the template's resources once the init script has created them
 * in LocalStack, worked out without LocalStack: names come from the template (or {@code <stack>-<LogicalId>}, as the
 * embedded stack derives them) and ARNs and URLs follow LocalStack's formats. A table's StreamArn ends in the
 * creation time, so it has no value here and a reference to it fails, naming the place.
 */
public final class LocalStackNames implements ResourceAttributes {

    /** The types the init script creates that other resources and functions can name. */
    static final Set<String> NAMED_TYPES = Set.of(ProvisionedResources.TABLE, ProvisionedResources.QUEUE,
            ProvisionedResources.TOPIC, ProvisionedResources.EMAIL_IDENTITY, ProvisionedResources.CONFIGURATION_SET);
    /** LocalStack's edge port, where every service answers. */
    public static final String EDGE_PORT = "4566";

    private final TemplateModel template;
    private final StackSettings stack;
    private final IntrinsicResolver resolver;
    private final Map<String, ProvisionedResource> known = new HashMap<>();
    private final Set<String> inProgress = new LinkedHashSet<>();

    public LocalStackNames(TemplateModel template, StackSettings stack) {
        this.template = template;
        this.stack = stack;
        this.resolver = new IntrinsicResolver(template, stack, this);
    }

    /** Resolves intrinsic functions as they evaluate against the resources in LocalStack. */
    public IntrinsicResolver resolver() {
        return resolver;
    }

    @Override
    public Optional<String> ref(String logicalId) {
        return resource(logicalId).map(ProvisionedResource::ref);
    }

    @Override
    public Optional<String> attribute(String logicalId, String attribute) {
        return resource(logicalId).flatMap(resource -> resource.attribute(attribute));
    }

    /** The resource as LocalStack will hold it; empty for a type the init script does not create. */
    public Optional<ProvisionedResource> resource(String logicalId) {
        ProvisionedResource done = known.get(logicalId);
        if (done != null) {
            return Optional.of(done);
        }
        Optional<TemplateResource> declared = template.resource(logicalId);
        if (declared.isEmpty() || !NAMED_TYPES.contains(declared.get().type())) {
            return Optional.empty();
        }
        // A name may itself refer to another resource; a cycle would otherwise recurse without end.
        if (!inProgress.add(logicalId)) {
            throw new IllegalArgumentException("Resource names refer to each other in a cycle: " + inProgress);
        }
        try {
            ProvisionedResource named = name(declared.get());
            known.put(logicalId, named);
            return Optional.of(named);
        } finally {
            inProgress.remove(logicalId);
        }
    }

    /** {@code Name}-like property as resolved text, else {@code <stack>-<LogicalId>}. */
    String physicalName(TemplateResource resource) {
        String property = switch (resource.type()) {
            case ProvisionedResources.TABLE -> "TableName";
            case ProvisionedResources.QUEUE -> "QueueName";
            case ProvisionedResources.TOPIC -> "TopicName";
            case ProvisionedResources.EMAIL_IDENTITY -> "EmailIdentity";
            default -> "Name";
        };
        Object value = resource.properties().get(property);
        if (value != null) {
            return resolver.resolveString(value, "Resources." + resource.logicalId() + ".Properties." + property);
        }
        if (resource.is(ProvisionedResources.EMAIL_IDENTITY)) {
            throw new IllegalArgumentException("Resources." + resource.logicalId() + ".Properties.EmailIdentity is required");
        }
        String derived = stack.stackName() + "-" + resource.logicalId();
        boolean fifo = Boolean.parseBoolean(String.valueOf(resource.properties().get(
                resource.is(ProvisionedResources.TOPIC) ? "FifoTopic" : "FifoQueue")));
        boolean mayBeFifo = resource.is(ProvisionedResources.QUEUE) || resource.is(ProvisionedResources.TOPIC);
        return mayBeFifo && fifo ? derived + ".fifo" : derived;
    }

    private ProvisionedResource name(TemplateResource resource) {
        String name = physicalName(resource);
        String logicalId = resource.logicalId();
        String arnPrefix = "arn:" + stack.partition() + ":%s:" + stack.region() + ":" + stack.accountId() + ":";
        return switch (resource.type()) {
            case ProvisionedResources.TABLE -> new ProvisionedResource(logicalId, resource.type(), name,
                    Map.of("Arn", arnPrefix.formatted("dynamodb") + "table/" + name));
            case ProvisionedResources.QUEUE -> {
                // LocalStack's default (SQS_ENDPOINT_STRATEGY=standard) URL; code looks URLs up by name instead.
                String url = "http://sqs." + stack.region() + ".localhost.localstack.cloud:" + EDGE_PORT + "/"
                        + stack.accountId() + "/" + name;
                yield new ProvisionedResource(logicalId, resource.type(), url,
                        Map.of("Arn", arnPrefix.formatted("sqs") + name, "QueueName", name, "QueueUrl", url));
            }
            case ProvisionedResources.TOPIC -> {
                String arn = arnPrefix.formatted("sns") + name;
                yield new ProvisionedResource(logicalId, resource.type(), arn, Map.of("TopicArn", arn, "TopicName", name));
            }
            default -> new ProvisionedResource(logicalId, resource.type(), name, Map.of());
        };
    }
}
