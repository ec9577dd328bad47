package nl.rmt.intake.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.rmt.intake.localstack.ProjectFiles;

/** {@code api/openapi.yaml}, read once per test JVM, with its operations and their schemas compiled for validation. */
final class OpenApiDocument {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static OpenApiDocument shared;

    private final JsonNode root;
    private final SchemaConverter schemas;
    private final Map<String, Operation> operations;
    private final Map<JsonNode, JsonSchema> compiled = new ConcurrentHashMap<>();

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        this.schemas = new SchemaConverter(root.path("components").path("schemas"));
        this.operations = readOperations();
    }

    static synchronized OpenApiDocument load() {
        if (shared == null) {
            shared = new OpenApiDocument(readYaml(file()));
        }
        return shared;
    }

    static Path file() {
        return ProjectFiles.root().resolve("api/openapi.yaml");
    }

    static JsonNode readYaml(Path path) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    JsonNode root() {
        return root;
    }

    /** Every operation by its route key, {@code POST /v1/withdrawals}, as API Gateway names routes. */
    Map<String, Operation> operations() {
        return operations;
    }

    Optional<Operation> operation(String routeKey) {
        return Optional.ofNullable(operations.get(routeKey));
    }

    /** Follows a local {@code $ref} (to a parameter, response, header...) until it reaches the object itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 10) {
                throw new IllegalStateException("Reference cycle at " + node);
            }
            current = pointer(current.get("$ref").asText());
        }
        return current;
    }

    JsonNode pointer(String reference) {
        if (!reference.startsWith("#/")) {
            throw new IllegalArgumentException("Only local references are used in the document: " + reference);
        }
        JsonNode target = root.at(reference.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("Unresolved reference " + reference);
        }
        return target;
    }

    /** The schema's own JSON Schema type, following references: {@code string} for a {@code $ref} to an enum. */
    String typeOf(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = pointer(resolved.get("$ref").asText());
        }
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode alternative : type) {
                if (!alternative.asText().equals("null")) {
                    return alternative.asText();
                }
            }
        }
        return type.asText("string");
    }

    JsonSchema compile(JsonNode openApiSchema) {
        return compiled.computeIfAbsent(openApiSchema, schemas::compile);
    }

    private Map<String, Operation> readOperations() {
        Map<String, Operation> read = new LinkedHashMap<>();
        root.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            for (String method : METHODS) {
                if (item.has(method)) {
                    Operation operation = new Operation(method.toUpperCase(Locale.ROOT), path.getKey(),
                            item.get(method), parameters(item, item.get(method)));
                    read.put(operation.routeKey(), operation);
                }
            }
        });
        return read;
    }

    /** The path item's parameters with the operation's own on top, as OpenAPI merges them (by name and place). */
    private List<JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : source) {
                JsonNode resolved = resolve(parameter);
                merged.put(resolved.path("in").asText() + ":" + resolved.path("name").asText().toLowerCase(Locale.ROOT),
                        resolved);
            }
        }
        return List.copyOf(merged.values());
    }

    /** One method on one path. */
    final class Operation {

        private final String method;
        private final String path;
        private final JsonNode node;
        private final List<JsonNode> parameters;

        Operation(String method, String path, JsonNode node, List<JsonNode> parameters) {
            this.method = method;
            this.path = path;
            this.node = node;
            this.parameters = parameters;
        }

        String routeKey() {
            return method + " " + path;
        }

        String path() {
            return path;
        }

        JsonNode node() {
            return node;
        }

        List<JsonNode> parameters(String in) {
            return parameters.stream().filter(parameter -> parameter.path("in").asText().equals(in)).toList();
        }

        /** The security schemes any one of which the operation accepts; the document's default when it names none. */
        Set<String> securitySchemes() {
            JsonNode security = node.has("security") ? node.get("security") : root.path("security");
            Set<String> schemes = new TreeSet<>();
            security.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
            return schemes;
        }

        Optional<JsonNode> requestBody() {
            return Optional.ofNullable(node.get("requestBody")).map(OpenApiDocument.this::resolve);
        }

        List<String> statuses() {
            List<String> statuses = new ArrayList<>();
            node.path("responses").fieldNames().forEachRemaining(statuses::add);
            return statuses;
        }

        /** Only a status the operation lists by number: a {@code default} answer would allow any status. */
        Optional<JsonNode> response(int status) {
            return Optional.ofNullable(node.path("responses").get(Integer.toString(status)))
                    .map(OpenApiDocument.this::resolve);
        }

        @Override
        public String toString() {
            return routeKey();
        }
    }
}
