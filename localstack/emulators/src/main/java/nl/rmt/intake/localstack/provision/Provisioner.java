package nl.rmt.intake.localstack.provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.rmt.intake.localstack.template.CreationWaves;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Creates the template's tables and queues in the emulators, each after the resources it refers to
 * (a queue after its dead-letter queue) and the rest in parallel, and records the SES resources and SNS topics,
 * which need nothing in an emulator: the local runner delivers a topic's messages to its subscribed functions itself.
 * Running it again against the same emulators reuses what exists.
 */
public final class Provisioner {

    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);
    private static final Set<String> EMULATED = Set.of(
            ProvisionedResources.TABLE, ProvisionedResources.QUEUE,
            ProvisionedResources.EMAIL_IDENTITY, ProvisionedResources.CONFIGURATION_SET, ProvisionedResources.TOPIC);

    /** Enough to keep both emulators busy without starving their own threads on a small machine. */
    private static final int PARALLEL_CREATIONS = 8;

    private final TemplateModel template;
    private final StackSettings stack;
    private final TableProvisioner tables;
    private final QueueProvisioner queues;

    public Provisioner(TemplateModel template, StackSettings stack, DynamoDbClient dynamoDb, SqsClient sqs) {
        this.template = template;
        this.stack = stack;
        this.tables = new TableProvisioner(dynamoDb);
        this.queues = new QueueProvisioner(sqs, stack);
    }

    public ProvisionedResources provision() {
        Map<String, ProvisionedResource> created = new LinkedHashMap<>();
        IntrinsicResolver resolver = new IntrinsicResolver(template, stack, ProvisionedResources.liveView(created));
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CREATIONS);
        try {
            for (List<TemplateResource> wave : creationWaves(resolver)) {
                // Resolving is quick and the resolver is not thread-safe; only the service calls run in parallel.
                List<Callable<ProvisionedResource>> creations = new ArrayList<>();
                for (TemplateResource resource : wave) {
                    PropertyValues properties = resolvedProperties(resource, resolver);
                    creations.add(() -> create(resource, properties));
                }
                for (Future<ProvisionedResource> creation : pool.invokeAll(creations)) {
                    ProvisionedResource resource = result(creation);
                    created.put(resource.logicalId(), resource);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning", e);
        } finally {
            pool.shutdownNow();
        }
        return ProvisionedResources.of(created.values());
    }

    private static PropertyValues resolvedProperties(TemplateResource resource, IntrinsicResolver resolver) {
        String where = "Resources." + resource.logicalId() + ".Properties";
        @SuppressWarnings("unchecked")
        Map<String, Object> resolved = (Map<String, Object>) resolver.resolve(resource.properties(), where);
        return new PropertyValues(resolved, where);
    }

    private static ProvisionedResource result(Future<ProvisionedResource> creation) throws InterruptedException {
        try {
            return creation.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private ProvisionedResource create(TemplateResource resource, PropertyValues properties) {
        String logicalId = resource.logicalId();
        return switch (resource.type()) {
            case ProvisionedResources.TABLE -> tables.ensure(logicalId,
                    Optional.ofNullable(properties.text("TableName")).orElse(derivedName(logicalId)), properties);
            case ProvisionedResources.QUEUE -> queues.ensure(logicalId, queueName(logicalId, properties), properties);
            case ProvisionedResources.EMAIL_IDENTITY -> new ProvisionedResource(logicalId, resource.type(),
                    properties.requiredText("EmailIdentity"), Map.of());
            case ProvisionedResources.CONFIGURATION_SET -> new ProvisionedResource(logicalId, resource.type(),
                    Optional.ofNullable(properties.text("Name")).orElse(derivedName(logicalId)), Map.of());
            case ProvisionedResources.TOPIC -> topic(logicalId, properties);
            default -> throw new IllegalStateException("Not an emulated type: " + resource.type());
        };
    }

    /**
     * Emulated resources that exist under the template's conditions, in waves: each resource comes in a
     * wave after everything it refers to, and the resources of one wave do not refer to each other.
     */
    private List<List<TemplateResource>> creationWaves(IntrinsicResolver resolver) {
        List<TemplateResource> emulated = new ArrayList<>();
        for (TemplateResource resource : template.resources().values()) {
            if (!EMULATED.contains(resource.type())) {
                LOG.debug("Not emulated, skipped: {} ({})", resource.logicalId(), resource.type());
            } else if (resolver.exists(resource)) {
                emulated.add(resource);
            }
        }
        return CreationWaves.of(emulated);
    }

    private ProvisionedResource topic(String logicalId, PropertyValues properties) {
        String name = Optional.ofNullable(properties.text("TopicName"))
                .orElse(properties.flag("FifoTopic") ? derivedName(logicalId) + ".fifo" : derivedName(logicalId));
        String arn = "arn:" + stack.partition() + ":sns:" + stack.region() + ":" + stack.accountId() + ":" + name;
        return new ProvisionedResource(logicalId, ProvisionedResources.TOPIC, arn, Map.of("TopicArn", arn, "TopicName", name));
    }

    /** CloudFormation appends a random suffix to names it makes up; locally the names stay predictable. */
    private String derivedName(String logicalId) {
        return stack.stackName() + "-" + logicalId;
    }

    private String queueName(String logicalId, PropertyValues properties) {
        String name = properties.text("QueueName");
        if (name != null) {
            return name;
        }
        return properties.flag("FifoQueue") ? derivedName(logicalId) + ".fifo" : derivedName(logicalId);
    }
}
