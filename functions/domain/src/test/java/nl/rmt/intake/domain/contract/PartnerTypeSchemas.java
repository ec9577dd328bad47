package nl.rmt.intake.domain.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code case-assigned.<TYPE>.schema.json} for every partner type in {@code routing/partner-types.json}. The
 * allow-lists are data that routing reads at run time; deriving the published schemas from the same file means a
 * change to what a type may see cannot reach the code without reaching the contract, or the other way round.
 */
final class PartnerTypeSchemas {

    static final String PARTNER_TYPES = "routing/partner-types.json";
    private static final String GENERIC = "case-assigned.schema.json";

    // Two-space indentation, "key": value and LF only, so that the files diff cleanly and read like the hand-written
    // schemas beside them, whatever the platform.
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private PartnerTypeSchemas() {
    }

    static String fileName(String partnerType) {
        return "case-assigned." + partnerType + Contract.SCHEMA_SUFFIX;
    }

    /** @return file name to file content, in the order of partner-types.json */
    static Map<String, String> generate(JsonNode partnerTypes) {
        Map<String, String> files = new LinkedHashMap<>();
        partnerTypes.get("types").properties()
                .forEach(type -> files.put(fileName(type.getKey()), render(type.getKey(), type.getValue())));
        return files;
    }

    static List<String> personFields(JsonNode allowList) {
        List<String> fields = new ArrayList<>();
        allowList.get("personFields").forEach(field -> fields.add(field.asText()));
        return fields;
    }

    static List<String> reorganisationFields(JsonNode allowList) {
        List<String> fields = new ArrayList<>();
        allowList.path("reorganisationFields").forEach(field -> fields.add(field.asText()));
        return fields;
    }

    private static String render(String type, JsonNode allowList) {
        List<String> fields = personFields(allowList);
        ObjectNode schema = Contract.JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", Contract.SCHEMA_BASE + fileName(type));
        schema.put("title", "CASE_ASSIGNED for partner type " + type + ", schema version 1.0");
        schema.put("description", "A CASE_ASSIGNED message as a " + type + " partner receives it: " + GENERIC
                + " with a person object that holds at most " + String.join(", ", fields)
                + ", and (lead only) a reorganisation object that holds at most "
                + (reorganisationFields(allowList).isEmpty() ? "nothing" : String.join(", ", reorganisationFields(allowList)))
                + ". Generated from routing/partner-types.json; change that file, not this one.");

        ObjectNode person = Contract.JSON.createObjectNode();
        person.put("description", allowList.get("why").asText());
        ObjectNode properties = person.putObject("properties");
        for (String field : fields) {
            properties.putObject(field).put("$ref", GENERIC + "#/$defs/" + field);
        }
        person.put("additionalProperties", false);

        ObjectNode reorganisation = Contract.JSON.createObjectNode();
        ObjectNode reorganisationProperties = reorganisation.putObject("properties");
        for (String field : reorganisationFields(allowList)) {
            reorganisationProperties.putObject(field).put("$ref", GENERIC + "#/$defs/" + field);
        }
        reorganisation.put("additionalProperties", false);

        ArrayNode allOf = schema.putArray("allOf");
        allOf.addObject().put("$ref", GENERIC);
        ObjectNode narrowed = allOf.addObject().putObject("properties");
        narrowed.set("person", person);
        narrowed.set("reorganisation", reorganisation);
        return write(schema);
    }

    private static String write(JsonNode schema) {
        try {
            return Contract.JSON.writer(PRINTER).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
