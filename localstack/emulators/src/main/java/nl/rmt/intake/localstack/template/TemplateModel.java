package nl.rmt.intake.localstack.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An AWS SAM / CloudFormation template as data: parameters, conditions, mappings and resources. */
public final class TemplateModel {

    public static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";
    public static final String SERVERLESS_HTTP_API = "AWS::Serverless::HttpApi";

    private final String source;
    private final Map<String, TemplateParameter> parameters;
    private final Map<String, Object> conditions;
    private final Map<String, Object> mappings;
    private final Map<String, Object> functionGlobals;
    private final Map<String, Object> httpApiGlobals;
    private final Map<String, TemplateResource> resources;

    private TemplateModel(String source, Map<String, Object> document) {
        this.source = source;
        this.parameters = readParameters(section(document, "Parameters"));
        this.conditions = section(document, "Conditions");
        this.mappings = section(document, "Mappings");
        this.functionGlobals = asMap(section(document, "Globals").getOrDefault("Function", Map.of()), "Globals.Function");
        this.httpApiGlobals = asMap(section(document, "Globals").getOrDefault("HttpApi", Map.of()), "Globals.HttpApi");
        this.resources = readResources(section(document, "Resources"));
    }

    public static TemplateModel load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + file, e);
        }
    }

    /** @param source names the template in error messages */
    public static TemplateModel parse(String yaml, String source) {
        Object document = CloudFormationYaml.parse(yaml);
        if (!(document instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(source + " is not a CloudFormation template: no top-level mapping");
        }
        return new TemplateModel(source, asMap(document, source));
    }

    public String source() {
        return source;
    }

    public Map<String, TemplateParameter> parameters() {
        return parameters;
    }

    public Map<String, Object> conditions() {
        return conditions;
    }

    public Map<String, Object> mappings() {
        return mappings;
    }

    public Map<String, Object> functionGlobals() {
        return functionGlobals;
    }

    /** Globals.HttpApi: already merged into every AWS::Serverless::HttpApi, and all the implicit API has. */
    public Map<String, Object> httpApiGlobals() {
        return httpApiGlobals;
    }

    /** All resources by logical id, in template order. */
    public Map<String, TemplateResource> resources() {
        return resources;
    }

    public Optional<TemplateResource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    public List<TemplateResource> resourcesOfType(String type) {
        return resources.values().stream().filter(resource -> resource.is(type)).toList();
    }

    private Map<String, TemplateResource> readResources(Map<String, Object> section) {
        if (section.isEmpty()) {
            throw new IllegalArgumentException(source + " has no Resources");
        }
        Map<String, TemplateResource> read = new LinkedHashMap<>();
        section.forEach((logicalId, body) -> {
            Map<String, Object> definition = asMap(body, "Resources." + logicalId);
            Object type = definition.get("Type");
            if (!(type instanceof String typeName)) {
                throw new IllegalArgumentException(source + ": resource " + logicalId + " has no Type");
            }
            Map<String, Object> properties = asMap(definition.getOrDefault("Properties", Map.of()), logicalId + ".Properties");
            if (typeName.equals(SERVERLESS_FUNCTION)) {
                properties = SamGlobals.merge(functionGlobals, properties);
            } else if (typeName.equals(SERVERLESS_HTTP_API)) {
                properties = SamGlobals.merge(httpApiGlobals, properties);
            }
            Optional<String> condition = Optional.ofNullable((String) definition.get("Condition"));
            read.put(logicalId, new TemplateResource(logicalId, typeName, Collections.unmodifiableMap(properties),
                    condition, dependsOn(definition.get("DependsOn"))));
        });
        return Collections.unmodifiableMap(read);
    }

    private static Map<String, TemplateParameter> readParameters(Map<String, Object> section) {
        Map<String, TemplateParameter> read = new LinkedHashMap<>();
        section.forEach((name, body) -> {
            Map<String, Object> definition = asMap(body, "Parameters." + name);
            read.put(name, new TemplateParameter(name, String.valueOf(definition.getOrDefault("Type", "String")),
                    Optional.ofNullable(definition.get("Default"))));
        });
        return Collections.unmodifiableMap(read);
    }

    private static List<String> dependsOn(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> ids = new ArrayList<>();
            list.forEach(id -> ids.add(String.valueOf(id)));
            return List.copyOf(ids);
        }
        return List.of(String.valueOf(value));
    }

    private static Map<String, Object> section(Map<String, Object> document, String name) {
        return asMap(document.getOrDefault(name, Map.of()), name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + " must be a mapping, got " + value.getClass().getSimpleName());
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalArgumentException(where + " has a non-text key: " + key);
            }
        }
        return (Map<String, Object>) map;
    }
}
