package nl.rmt.intake.localstack.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    public FunctionReader(TemplateModel template, IntrinsicResolver resolver, ProvisionedResources resources) {
        this.template = template;
        this.resolver = resolver;
        this.resources = resources;
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
                events(properties.get("Events"), where + ".Events"));
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

    private List<FunctionEvent> events(Object events, String where) {
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
                case "Schedule" -> new ScheduleSource(name, type, values.required("Schedule"), values.optional("Input"),
                        values.flag("Enabled", true) && !"DISABLED".equals(values.optional("State").orElse("")));
                case "ScheduleV2" -> new ScheduleSource(name, type, values.required("ScheduleExpression"),
                        values.optional("Input"), !"DISABLED".equals(values.optional("State").orElse("")));
                default -> new UnsupportedEvent(name, type, properties);
            });
        });
        return read;
    }

    private static ApiRoute apiRoute(String name, ApiRoute.Kind kind, EventProperties values) {
        // An HttpApi event without Path and Method is SAM's catch-all route.
        String path = values.optional("Path").orElse(kind == ApiRoute.Kind.HTTP_API ? "/{proxy+}" : null);
        String method = values.optional("Method").orElse(kind == ApiRoute.Kind.HTTP_API ? "ANY" : null);
        if (path == null || method == null) {
            throw new IllegalArgumentException(values.where() + ": an Api event needs Path and Method");
        }
        String payloadVersion = values.optional("PayloadFormatVersion").orElse(kind == ApiRoute.Kind.HTTP_API ? "2.0" : "1.0");
        return new ApiRoute(name, kind, path, method.toUpperCase(Locale.ROOT), values.optional("ApiId").orElse("local"), payloadVersion);
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
        return new SqsQueueSource(
                name,
                arn,
                url,
                values.integer("BatchSize", 10),
                Duration.ofSeconds(values.integer("MaximumBatchingWindowInSeconds", 0)),
                values.texts("FunctionResponseTypes").contains("ReportBatchItemFailures"),
                filterPatterns(values),
                values.nested("ScalingConfig", "MaximumConcurrency").map(Integer::parseInt),
                values.flag("Enabled", true));
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
            throw new IllegalArgumentException("Filter pattern cannot be written as JSON", e);
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

    /**
     * Typed reads of one event's Properties. Each property is resolved when read, so a property the
     * local stack does not use (an authorizer naming a user pool, say) cannot fail the whole function.
     */
    private record EventProperties(Map<String, Object> properties, String where, IntrinsicResolver resolver) {

        Object raw(String name) {
            return resolver.resolve(properties.get(name), where + "." + name);
        }

        Optional<String> optional(String name) {
            return Optional.ofNullable(raw(name)).map(String::valueOf);
        }

        String required(String name) {
            return optional(name).orElseThrow(() -> new IllegalArgumentException(where + "." + name + " is required"));
        }

        int integer(String name, int fallback) {
            return optional(name).map(Integer::parseInt).orElse(fallback);
        }

        boolean flag(String name, boolean fallback) {
            return optional(name).map(Boolean::parseBoolean).orElse(fallback);
        }

        List<String> texts(String name) {
            Object value = raw(name);
            return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        }

        Optional<String> nested(String... path) {
            Object current = raw(path[0]);
            for (String step : Arrays.copyOfRange(path, 1, path.length)) {
                if (!(current instanceof Map<?, ?> map)) {
                    return Optional.empty();
                }
                current = map.get(step);
            }
            return Optional.ofNullable(current).map(String::valueOf);
        }
    }
}
