package nl.rmt.intake.domain.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The published partner contract as its files: the JSON Schemas under {@code contract/partner-messages/v1/} and
 * {@code contract/asyncapi.yaml}. Schemas are read from the classpath under their public {@code $id}s, so a
 * reference that would only work from a partner's download fails here too.
 */
final class Contract {

    static final String ID_PREFIX = "https://rmt-intake.example/schema/contract/";
    static final String SCHEMA_FOLDER = "partner-messages/v1/";
    static final String SCHEMA_BASE = ID_PREFIX + SCHEMA_FOLDER;
    static final String CLASSPATH_SCHEMAS = "contract/" + SCHEMA_FOLDER;
    /** The committed files, which is what partners download; the classpath copy could be stale in an IDE. */
    static final Path SOURCE = Path.of("src/main/resources/contract");
    static final Path SCHEMA_SOURCE = SOURCE.resolve(SCHEMA_FOLDER);
    static final String SCHEMA_SUFFIX = ".schema.json";

    static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:contract/")));

    private Contract() {
    }

    static JsonSchema schema(String fileName) {
        return FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + fileName));
    }

    static JsonSchema schema(SchemaLocation location) {
        return FACTORY.getSchema(location);
    }

    static JsonSchema schema(JsonNode schema) {
        return FACTORY.getSchema(schema);
    }

    static List<String> problems(String schemaFileName, JsonNode document) {
        return schema(schemaFileName).validate(document).stream().map(ValidationMessage::getMessage).toList();
    }

    /** Every schema file committed in the v1 folder, by file name. */
    static List<String> schemaFileNames() {
        try (Stream<Path> files = Files.list(SCHEMA_SOURCE)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(SCHEMA_SUFFIX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode schemaFile(String fileName) {
        return classpathJson(CLASSPATH_SCHEMAS + fileName);
    }

    static JsonNode classpathJson(String name) {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
