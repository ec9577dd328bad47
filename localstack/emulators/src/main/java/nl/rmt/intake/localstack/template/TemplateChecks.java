package nl.rmt.intake.localstack.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules a deployable template of this project keeps, each returning what breaks it (empty when nothing does), with
 * the place in the template: for the template tests, which state the rules by name.
 */
public final class TemplateChecks {

    static final String QUEUE = "AWS::SQS::Queue";
    private static final String LAMBDA_FUNCTION = "AWS::Lambda::Function";
    private static final String EVENT_SOURCE_MAPPING = "AWS::Lambda::EventSourceMapping";
    private static final String PARTIAL_BATCH_RESPONSE = "ReportBatchItemFailures";
    /** Keys under which a template names where failed messages or events go. */
    private static final Set<String> FAILURE_DESTINATION_KEYS = Set.of(
            "deadLetterTargetArn", "DeadLetterQueue", "DeadLetterConfig", "OnFailure");

    private final TemplateModel model;
    private final Map<String, Object> document;

    private TemplateChecks(TemplateModel model, Map<String, Object> document) {
        this.model = model;
        this.document = document;
    }

    public static TemplateChecks load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + file, e);
        }
    }

    public static TemplateChecks parse(String yaml, String source) {
        return new TemplateChecks(TemplateModel.parse(yaml, source),
                TemplateModel.asMap(CloudFormationYaml.parse(yaml), source));
    }

    public TemplateModel model() {
        return model;
    }

    /**
     * Refs, GetAtts and Sub variables that name nothing the template defines, or an attribute the resource type
     * lacks. A template may also name the resources SAM's transform adds: a function's role
     * ({@code <Function>Role}, unless it names its own) and the implicit {@code ServerlessHttpApi} and
     * {@code ServerlessRestApi}.
     */
    public List<String> unresolvedReferences() {
        Map<String, String> types = new LinkedHashMap<>();
        model.resources().values().forEach(resource -> types.put(resource.logicalId(), resource.type()));
        for (TemplateResource function : model.resourcesOfType(TemplateModel.SERVERLESS_FUNCTION)) {
            if (!function.properties().containsKey("Role")) {
                types.putIfAbsent(function.logicalId() + "Role", "AWS::IAM::Role");
            }
        }
        types.putIfAbsent("ServerlessHttpApi", "AWS::ApiGatewayV2::Api");
        types.putIfAbsent("ServerlessRestApi", "AWS::ApiGateway::RestApi");
        return new ReferenceCheck(model.parameters().keySet(), types).problems(document);
    }

    /** Functions (Globals applied) whose Runtime or Architectures differ from the given ones. */
    public List<String> functionsNotOn(String runtime, String architecture) {
        List<String> problems = new ArrayList<>();
        for (TemplateResource function : functions()) {
            Object actualRuntime = function.properties().get("Runtime");
            if (!runtime.equals(actualRuntime)) {
                problems.add(function.logicalId() + ": Runtime is " + actualRuntime + ", not " + runtime);
            }
            // Lambda runs on x86_64 when Architectures is not set.
            Object architectures = function.properties().getOrDefault("Architectures", List.of("x86_64"));
            if (!List.of(architecture).equals(architectures)) {
                problems.add(function.logicalId() + ": Architectures is " + architectures + ", not [" + architecture + "]");
            }
        }
        return problems;
    }

    /**
     * Queues without a RedrivePolicy, other than the ones that receive failures themselves: a queue named as a
     * dead-letter queue (of a queue or a function) or as an event source's OnFailure destination.
     */
    public List<String> queuesWithoutRedrivePolicy() {
        Set<String> failureDestinations = new LinkedHashSet<>();
        model.resources().values().forEach(resource -> collectFailureDestinations(resource.properties(), failureDestinations));
        return model.resourcesOfType(QUEUE).stream()
                .filter(queue -> !failureDestinations.contains(queue.logicalId()))
                .filter(queue -> !queue.properties().containsKey("RedrivePolicy"))
                .map(queue -> queue.logicalId() + ": no RedrivePolicy, and no dead-letter queue or failure destination")
                .toList();
    }

    /** SQS and DynamoDB stream event sources of functions that do not report partial batch failures. */
    public List<String> batchSourcesWithoutPartialBatchResponses() {
        List<String> problems = new ArrayList<>();
        for (TemplateResource function : model.resourcesOfType(TemplateModel.SERVERLESS_FUNCTION)) {
            TemplateModel.asMap(function.properties().get("Events"), function.logicalId() + ".Events").forEach((name, body) -> {
                Map<String, Object> event = TemplateModel.asMap(body, function.logicalId() + ".Events." + name);
                Object type = event.get("Type");
                if (("SQS".equals(type) || "DynamoDB".equals(type)) && !reportsPartialFailures(event.get("Properties"))) {
                    problems.add(function.logicalId() + ".Events." + name + " (" + type + "): FunctionResponseTypes lacks "
                            + PARTIAL_BATCH_RESPONSE);
                }
            });
        }
        for (TemplateResource mapping : model.resourcesOfType(EVENT_SOURCE_MAPPING)) {
            if (readsQueueOrStream(mapping.properties().get("EventSourceArn")) && !reportsPartialFailures(mapping.properties())) {
                problems.add(mapping.logicalId() + ": FunctionResponseTypes lacks " + PARTIAL_BATCH_RESPONSE);
            }
        }
        return problems;
    }

    private List<TemplateResource> functions() {
        return model.resources().values().stream()
                .filter(resource -> resource.is(TemplateModel.SERVERLESS_FUNCTION) || resource.is(LAMBDA_FUNCTION))
                .toList();
    }

    private static void collectFailureDestinations(Object value, Set<String> found) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                if (FAILURE_DESTINATION_KEYS.contains(String.valueOf(key))) {
                    found.addAll(TemplateReferences.in(item));
                }
                collectFailureDestinations(item, found);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collectFailureDestinations(item, found));
        }
    }

    private static boolean reportsPartialFailures(Object properties) {
        return properties instanceof Map<?, ?> map && map.get("FunctionResponseTypes") instanceof List<?> types
                && types.contains(PARTIAL_BATCH_RESPONSE);
    }

    private boolean readsQueueOrStream(Object eventSourceArn) {
        if (eventSourceArn instanceof String arn) {
            return arn.contains(":sqs:") || arn.contains(":dynamodb:");
        }
        return TemplateReferences.in(eventSourceArn).stream()
                .map(model::resource)
                .flatMap(Optional::stream)
                .map(TemplateResource::type)
                .anyMatch(type -> type.equals(QUEUE) || type.equals("AWS::DynamoDB::Table"));
    }
}
