package nl.rmt.intake.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Turns the document's OpenAPI schemas into JSON Schema 2020-12 documents that networknt validates.
 *
 * <ul>
 *   <li>{@code #/components/schemas/X} references point into {@code $defs}, which carries every component
 *       schema, so shared and nested references resolve as they do in the document.</li>
 *   <li>OpenAPI 3.0's {@code nullable: true} becomes "this schema or null"; 3.1's {@code type: [..., "null"]}
 *       needs nothing.</li>
 *   <li>OpenAPI-only annotations ({@code example}, {@code discriminator}, {@code x-*}) are dropped so that they
 *       are not mistaken for unknown keywords.</li>
 *   <li>Stricter than the document, on purpose: the document leaves objects open and code lists extensible
 *       ({@code x-extensible-enum}) so that clients tolerate additions, but the handlers must send nothing the
 *       document does not list. So an object the document defines ({@code type: object} with {@code properties})
 *       and that has no say on other properties is closed, and an extensible list is validated as an enum. An
 *       explicit {@code additionalProperties} (the case view's) stays as written.</li>
 * </ul>
 */
final class SchemaConverter {

    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
    private static final String DEFS = "#/$defs/";
    private static final Set<String> SCHEMA_VALUED = Set.of("items", "additionalProperties", "not", "if", "then",
            "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "additionalItems");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs",
            "dependentSchemas");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> DROPPED = Set.of("nullable", "example", "discriminator", "xml", "externalDocs");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Formats are only annotations in 2020-12 unless asked for; the document's uuid, date and email are promises.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode definitions = JSON.objectNode();

    SchemaConverter(JsonNode componentSchemas) {
        componentSchemas.fields().forEachRemaining(
                schema -> definitions.set(schema.getKey(), convert(schema.getValue())));
    }

    JsonSchema compile(JsonNode openApiSchema) {
        JsonNode converted = convert(openApiSchema);
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", definitions.deepCopy());
        if (converted.isBoolean()) {
            root.set("allOf", JSON.arrayNode().add(converted));
        } else {
            root.setAll((ObjectNode) converted);
        }
        return FACTORY.getSchema(root, CONFIG);
    }

    static JsonNode convert(JsonNode schema) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        ObjectNode converted = JSON.objectNode();
        schema.fields().forEachRemaining(field -> {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            if (keyword.equals("$ref")) {
                converted.put("$ref", value.asText().replace(COMPONENT_SCHEMAS, DEFS));
            } else if (keyword.equals("x-extensible-enum")) {
                converted.set("enum", value.deepCopy());
            } else if (DROPPED.contains(keyword) || keyword.startsWith("x-")) {
                return;
            } else if (SCHEMA_VALUED.contains(keyword)) {
                converted.set(keyword, convert(value));
            } else if (SCHEMA_MAPS.contains(keyword)) {
                ObjectNode map = converted.putObject(keyword);
                value.fields().forEachRemaining(entry -> map.set(entry.getKey(), convert(entry.getValue())));
            } else if (SCHEMA_LISTS.contains(keyword)) {
                ArrayNode list = converted.putArray(keyword);
                value.forEach(item -> list.add(convert(item)));
            } else {
                converted.set(keyword, value.deepCopy());
            }
        });
        if (isObjectDefinition(converted) && !converted.has("additionalProperties")
                && !converted.has("unevaluatedProperties")) {
            converted.put("unevaluatedProperties", false);
        }
        if (schema.path("nullable").asBoolean(false)) {
            ObjectNode nullable = JSON.objectNode();
            nullable.putArray("anyOf").add(converted).add(JSON.objectNode().put("type", "null"));
            return nullable;
        }
        return converted;
    }

    /**
     * An object the document defines, as opposed to a condition on some of its properties ({@code if}, {@code not},
     * a branch of {@code allOf}), which must not be closed: it would refuse every property it does not mention.
     */
    private static boolean isObjectDefinition(JsonNode schema) {
        JsonNode type = schema.path("type");
        boolean object = type.asText().equals("object")
                || type.isArray() && StreamSupport.stream(type.spliterator(), false)
                        .anyMatch(alternative -> alternative.asText().equals("object"));
        return object && schema.has("properties");
    }
}
