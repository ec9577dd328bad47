package nl.rmt.intake.localstack.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.localstack.iam.FunctionPolicies;
import nl.rmt.intake.localstack.iam.LocalArns;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.LocalNames;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;

/** Reads the template's AWS::Serverless::Function resources into {@link FunctionDefinition}s. */
public final class FunctionReader {

    /** SAM's defaults when neither the function nor Globals set them. */
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    private static final int DEFAULT_MEMORY_MB = 128;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateModel template;
    private final IntrinsicResolver resolver;
    private final ProvisionedResources resources;
    private final RouteAuthorizers routeAuthorizers;
    private final FunctionPolicies policies;

    public FunctionReader(TemplateModel template, IntrinsicResolver resolver, ProvisionedResources resources) {
        this.template = template;
        this.resolver = resolver;
        this.resources = resources;
        this.routeAuthorizers = new RouteAuthorizers(template, resolver);
        this.policies = new FunctionPolicies(template, resolver, new LocalArns(resolver.stack(), resources));
    }

    /** What SAM's transform would refuse in the functions read (see {@link RouteAuthorizers}); served anyway. */
    public List<String> problems() {
        return routeAuthorizers.problems();
    }

    public List<FunctionDefinition> read() {
        List<FunctionDefinition> functions = new ArrayList<>();
        for (TemplateResource resource : template.resourcesOfType(TemplateModel.SERVERLESS_FUNCTION)) {
            if (resolver.exists(resource)) {
                functions.add(read(resource));
            }
        }
        return functions;
    }

    private FunctionDefinition read(TemplateResource resource) {
        String where = "Resources." + resource.logicalId() + ".Properties";
        Map<String, Object> properties = resource.properties();
        Object handler = properties.get("Handler");
        if (handler == null) {
            throw new IllegalArgumentException(where + ".Handler is required");
        }
        List<FunctionEvent> events = events(resource.logicalId(), properties.get("Events"), where + ".Events");
        return new FunctionDefinition(
                resource.logicalId(),
                LocalNames.functionName(resource, resolver),
                resolver.resolveString(handler, where + ".Handler"),
                optionalText(properties.get("CodeUri"), where + ".CodeUri"),
                optionalText(properties.get("Runtime"), where + ".Runtime"),
                optionalText(properties.get("Timeout"), where + ".Timeout")
                        .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds))).orElse(DEFAULT_TIMEOUT),
                optionalText(properties.get("MemorySize"), where + ".MemorySize")
                        .map(Integer::parseInt).orElse(DEFAULT_MEMORY_MB),
                environment(properties.get("Environment"), where + ".Environment"),
                events,
                deadLetterQueue(properties.get("DeadLetterQueue"), where + ".DeadLetterQueue"),
                optionalText(properties.get("Tracing"), where + ".Tracing").filter("Active"::equals).isPresent(),
                policies.read(resource, events),
                optionalText(properties.get("ReservedConcurrentExecutions"), where + ".ReservedConcurrentExecutions")
                        .map(Integer::parseInt));
    }

    private Map<String, String> environment(Object environment, String where) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment == null) {
            return variables;
        }
        Map<String, Object> resolved = map(resolver.resolve(environment, where), where);
        map(resolved.get("Variables"), where + ".Variables").forEach((name, value) -> {
            if (value instanceof Map<?, ?> || value instanceof List<?> || value == null) {
                throw new IllegalArgumentException(where + ".Variables." + name + " must resolve to text, got " + value);
            }
            variables.put(name, String.valueOf(value));
        });
        return variables;
    }

    private List<FunctionEvent> events(String functionLogicalId, Object events, String where) {
        List<FunctionEvent> read = new ArrayList<>();
        map(events, where).forEach((name, body) -> {
            Map<String, Object> event = map(body, where + "." + name);
            String type = String.valueOf(event.get("Type"));
            String at = where + "." + name + ".Properties";
            Map<String, Object> properties = map(event.get("Properties"), at);
            EventProperties values = new EventProperties(properties, at, resolver);
            read.add(switch (type) {
                case "HttpApi" -> apiRoute(name, ApiRoute.Kind.HTTP_API, values);
                case "Api" -> apiRoute(name, ApiRoute.Kind.REST_API, values);
                case "DynamoDB" -> streamSource(name, values);
                case "SQS" -> queueSource(name, values);
                case "SNS" -> topicSource(name, values);
                case "Schedule" -> ScheduleSources.rule(functionLogicalId, name, values, resolver.stack());
                case "ScheduleV2" -> ScheduleSources.schedule(functionLogicalId, name, values, resolver.stack());
                default -> new UnsupportedEvent(name, type, properties);
            });
        });
        return read;
    }

    private ApiRoute apiRoute(String name, ApiRoute.Kind kind, EventProperties values) {
        // An HttpApi event without Path and Method is SAM's catch-all route.
        String path = values.optional("Path").orElse(kind == ApiRoute.Kind.HTTP_API ? "/{proxy+}" : null);
        String method = values.optional("Method").orElse(kind == ApiRoute.Kind.HTTP_API ? "ANY" : null);
        if (path == null || method == null) {
            throw new IllegalArgumentException(values.where() + ": an Api event needs Path and Method");
        }
        String payloadVersion = values.optional("PayloadFormatVersion").orElse(kind == ApiRoute.Kind.HTTP_API ? "2.0" : "1.0");
        String upperCaseMethod = method.toUpperCase(Locale.ROOT);
        // REST API routes are not served locally, so their (different) auth model is not read either.
        String authorizer = kind == ApiRoute.Kind.HTTP_API
                ? routeAuthorizers.authorizerFor(values.properties(), upperCaseMethod + " " + path, values.where())
                : ApiRoute.NO_AUTHORIZER;
        return new ApiRoute(name, kind, path, upperCaseMethod, values.optional("ApiId").orElse("local"), payloadVersion,
                authorizer);
    }

    private static SnsTopicSource topicSource(String name, EventProperties values) {
        Object policy = values.raw("FilterPolicy");
        Optional<String> filterPolicy = policy == null ? Optional.empty()
                : Optional.of(policy instanceof String json ? json : toJson(policy));
        Object sqsSubscription = values.raw("SqsSubscription");
        boolean viaQueue = sqsSubscription instanceof Map<?, ?> || Boolean.parseBoolean(String.valueOf(sqsSubscription));
        return new SnsTopicSource(name, values.required("Topic"), filterPolicy,
                "MessageBody".equals(values.optional("FilterPolicyScope").orElse("MessageAttributes")), viaQueue);
    }

    private DynamoDbStreamSource streamSource(String name, EventProperties values) {
        Optional<String> onFailure = values.nested("DestinationConfig", "OnFailure", "Destination");
        return new DynamoDbStreamSource(
                name,
                values.required("Stream"),
                values.required("StartingPosition"),
                values.integer("BatchSize", 100),
                Duration.ofSeconds(values.integer("MaximumBatchingWindowInSeconds", 0)),
                values.integer("MaximumRetryAttempts", -1),
                values.integer("ParallelizationFactor", 1),
                values.flag("BisectBatchOnFunctionError", false),
                values.texts("FunctionResponseTypes").contains("ReportBatchItemFailures"),
                filterPatterns(values),
                onFailure,
                onFailure.flatMap(resources::queueUrlForArn),
                values.flag("Enabled", true));
    }

    private SqsQueueSource queueSource(String name, EventProperties values) {
        String arn = values.required("Queue");
        String url = resources.queueUrlForArn(arn).orElseThrow(() -> new IllegalArgumentException(
                values.where() + ".Queue: " + arn + " is not a queue of this template"));
        int batchSize = values.integer("BatchSize", 10);
        int batchingWindow = values.integer("MaximumBatchingWindowInSeconds", 0);
        // Lambda refuses such a mapping when it is created, so the stack would not deploy.
        if (arn.endsWith(".fifo") && (batchingWindow != 0 || batchSize > 10)) {
            throw new IllegalArgumentException(values.where() + ": a FIFO queue's event source mapping takes "
                    + "batches of at most 10 and no batching window (MaximumBatchingWindowInSeconds)");
        }
        return new SqsQueueSource(
                name,
                arn,
                url,
                batchSize,
                Duration.ofSeconds(batchingWindow),
                values.texts("FunctionResponseTypes").contains("ReportBatchItemFailures"),
                filterPatterns(values),
                values.nested("ScalingConfig", "MaximumConcurrency").map(Integer::parseInt),
                values.flag("Enabled", true));
    }

    private Optional<String> deadLetterQueue(Object deadLetterQueue, String where) {
        Map<String, Object> target = map(deadLetterQueue, where);
        if (!"SQS".equals(target.get("Type"))) {
            return Optional.empty();
        }
        return Optional.of(resolver.resolveString(target.get("TargetArn"), where + ".TargetArn"));
    }

    private static List<String> filterPatterns(EventProperties values) {
        Object criteria = values.raw("FilterCriteria");
        if (criteria == null) {
            return List.of();
        }
        Object filters = map(criteria, values.where() + ".FilterCriteria").get("Filters");
        if (!(filters instanceof List<?> list)) {
            return List.of();
        }
        List<String> patterns = new ArrayList<>();
        for (Object filter : list) {
            Object pattern = map(filter, values.where() + ".FilterCriteria.Filters").get("Pattern");
            patterns.add(pattern instanceof String json ? json : toJson(pattern));
        }
        return patterns;
    }

    private Optional<String> optionalText(Object value, String where) {
        return value == null ? Optional.empty() : Optional.of(resolver.resolveString(value, where));
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Filter pattern or policy cannot be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }
}
