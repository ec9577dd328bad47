package nl.rmt.intake.domain.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import nl.rmt.intake.domain.form.Language;
import org.junit.jupiter.api.Test;

class SectorsTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    "https://rmt-intake.example/schema/reference/", "classpath:reference/schema/")));

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = SectorsTest.class.getResourceAsStream(name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static java.util.List<String> problems(JsonNode document) {
        return FACTORY.getSchema(SchemaLocation.of(
                        "https://rmt-intake.example/schema/reference/sbi-sections.schema.json"))
                .validate(document).stream().map(ValidationMessage::getMessage).toList();
    }

    @Test
    void theSectorFileFollowsItsSchema() throws IOException {
        assertThat(problems(resource(Sectors.RESOURCE))).isEmpty();
    }

    @Test
    void theSchemaRefusesAnEntryWithoutItsEnglishNameOrWithAWord() throws IOException {
        JsonNode document = resource(Sectors.RESOURCE);
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.path("sections").get(0)).remove("en");
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.path("sections").get(1)).put("letter", "Bb");

        assertThat(problems(document)).hasSize(2);
    }

    @Test
    void holdsTheSbiSectionsAToUWithDutchAndEnglishNames() {
        Sectors sectors = Sectors.loadDefault();

        assertThat(sectors.letters()).hasSize(21).startsWith("A").endsWith("U");
        assertThat(sectors.sector("C").orElseThrow().name(Language.NL)).isEqualTo("Industrie");
        assertThat(sectors.sector("C").orElseThrow().name(Language.EN)).isEqualTo("Manufacturing");
        assertThat(sectors.sector("c")).isEmpty();
        assertThat(sectors.sector(null)).isEmpty();
    }
}
