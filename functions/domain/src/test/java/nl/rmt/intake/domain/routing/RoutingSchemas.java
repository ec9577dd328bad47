package nl.rmt.intake.domain.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** The JSON Schemas under {@code routing/schema/}, resolving their references to each other from the classpath. */
final class RoutingSchemas {

    private static final String SCHEMA_BASE = "https://rmt-intake.example/schema/routing/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:routing/schema/")));

    private RoutingSchemas() {
    }

    static JsonSchema schema(String fileName) {
        return FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + fileName));
    }

    static List<String> problems(String schemaFileName, JsonNode document) {
        return schema(schemaFileName).validate(document).stream().map(ValidationMessage::getMessage).toList();
    }
}
