package nl.rmt.intake.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract tests are only as strict as the conversion of the document's schemas; this pins it down. */
class OpenApiSchemaConverterTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final SchemaConverter converter = new SchemaConverter(yaml("""
            Code:
              type: string
              pattern: '^AM[0-9]{2}$'
            Region:
              type: object
              required: [code]
              properties:
                code:
                  $ref: '#/components/schemas/Code'
            OldStyleRemark:
              type: string
              nullable: true
            Error:
              type: object
              properties:
                code:
                  type: string
                  x-extensible-enum: [REQUIRED, TOO_LONG]
            Loose:
              type: object
              additionalProperties: true
              properties:
                id:
                  type: string
            Report:
              type: object
              additionalProperties: false
              properties:
                type:
                  enum: [ACCEPTED, CLOSED]
                outcome:
                  type: string
              if:
                properties:
                  type:
                    const: CLOSED
              then:
                required: [outcome]
            """));

    @Test
    void referencesToComponentSchemasResolve() {
        assertThat(problems("$ref: '#/components/schemas/Region'", "{code: AM18}")).isEmpty();
        assertThat(problems("$ref: '#/components/schemas/Region'", "{code: XX18}")).isNotEmpty();
    }

    @Test
    void openApi30NullableAcceptsNullAsWellAsTheValue() {
        assertThat(problems("$ref: '#/components/schemas/OldStyleRemark'", "null")).isEmpty();
        assertThat(problems("$ref: '#/components/schemas/OldStyleRemark'", "Bel na 17 uur.")).isEmpty();
        assertThat(problems("$ref: '#/components/schemas/OldStyleRemark'", "17")).isNotEmpty();
    }

    @Test
    void openApi31NullTypesNeedNoConversion() {
        assertThat(problems("{type: [string, 'null'], format: date}", "null")).isEmpty();
        assertThat(problems("{type: [string, 'null'], format: date}", "'2026-02-30'")).isNotEmpty();
    }

    @Test
    void anObjectTheDocumentDefinesRefusesPropertiesItDoesNotList() {
        assertThat(problems("$ref: '#/components/schemas/Region'", "{code: AM18, name: Groot Amsterdam}"))
                .isNotEmpty();
    }

    @Test
    void anObjectThatAllowsMorePropertiesKeepsAllowingThem() {
        assertThat(problems("$ref: '#/components/schemas/Loose'", "{id: x, anything: else}")).isEmpty();
    }

    @Test
    void aConditionOnSomePropertiesIsNotClosed() {
        assertThat(problems("$ref: '#/components/schemas/Report'", "{type: CLOSED, outcome: WORK}")).isEmpty();
        assertThat(problems("$ref: '#/components/schemas/Report'", "{type: CLOSED}")).isNotEmpty();
    }

    @Test
    void anExtensibleListOfCodesIsHeldToTheListedCodes() {
        assertThat(problems("$ref: '#/components/schemas/Error'", "{code: TOO_LONG}")).isEmpty();
        assertThat(problems("$ref: '#/components/schemas/Error'", "{code: NEW_CODE}")).isNotEmpty();
    }

    @Test
    void formatsAreAsserted() {
        assertThat(problems("{type: string, format: uuid}", "3b8f2c1e-6a0d-4f7b-9c55-0e2d7a4b91f3")).isEmpty();
        assertThat(problems("{type: string, format: uuid}", "RMT-7KQ4-M9XW")).isNotEmpty();
    }

    @Test
    void openApiAnnotationsAreNotTakenForKeywords() {
        JsonNode converted = SchemaConverter.convert(yaml(
                "{type: string, example: AM18, x-internal: true, discriminator: {propertyName: kind}}"));

        assertThat(converted.has("example")).isFalse();
        assertThat(converted.has("x-internal")).isFalse();
        assertThat(converted.has("discriminator")).isFalse();
        assertThat(converted.path("type").asText()).isEqualTo("string");
    }

    private List<String> problems(String schema, String value) {
        return converter.compile(yaml(schema)).validate(yaml(value)).stream()
                .map(ValidationMessage::getMessage).toList();
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
