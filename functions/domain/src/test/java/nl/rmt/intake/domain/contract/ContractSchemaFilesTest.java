package nl.rmt.intake.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every schema partners download is a well-formed draft 2020-12 schema whose references all lead somewhere. */
class ContractSchemaFilesTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonSchema META_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(DRAFT_2020_12));

    static List<String> schemaFiles() {
        return Contract.schemaFileNames();
    }

    @Test
    void theV1FolderHoldsTheMessageFeedbackAndPerTypeSchemas() {
        assertThat(schemaFiles()).contains("case-assigned.schema.json", "partner-notice.schema.json",
                "partner-message.schema.json", "feedback.schema.json", "case-assigned.UWV.schema.json",
                "case-assigned.GEMEENTE.schema.json", "case-assigned.VAKBOND.schema.json",
                "case-assigned.ONDERWIJS.schema.json", "case-assigned.SCHULDHULP.schema.json",
                "case-assigned.RMT.schema.json");
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void isAValidDraft202012Schema(String fileName) {
        JsonNode schema = Contract.schemaFile(fileName);

        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(META_SCHEMA.validate(schema)).as(fileName).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void isPublishedUnderItsOwnFileName(String fileName) {
        assertThat(Contract.schemaFile(fileName).path("$id").asText()).isEqualTo(Contract.SCHEMA_BASE + fileName);
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void everyReferenceLeadsToAPartOfTheContractThatExists(String fileName) {
        List<String> references = references(Contract.schemaFile(fileName));
        URI base = URI.create(Contract.SCHEMA_BASE + fileName);

        for (String reference : references) {
            URI target = base.resolve(reference);
            String targetFile = target.getPath().substring(target.getPath().lastIndexOf('/') + 1);
            // A partner must be able to validate with the downloaded folder alone, so nothing may point outside it.
            assertThat(target.getScheme() + "://" + target.getHost() + target.getPath())
                    .as("%s in %s", reference, fileName).isEqualTo(Contract.SCHEMA_BASE + targetFile);
            assertThat(schemaFiles()).as("%s in %s", reference, fileName).contains(targetFile);
            String pointer = target.getFragment() == null ? "" : target.getFragment();
            assertThat(Contract.schemaFile(targetFile).at(pointer).isMissingNode())
                    .as("%s in %s", reference, fileName).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void aValidatorCanLoadItWithEveryReferenceResolved(String fileName) {
        assertThatCode(() -> Contract.schema(fileName).initializeValidators()).as(fileName).doesNotThrowAnyException();
    }

    @Test
    void theMetaSchemaCheckRefusesAMisspelledType() {
        assertThat(META_SCHEMA.validate(Contract.json("{'type': 'objekt'}"))).isNotEmpty();
    }

    @Test
    void aValidatorCannotLoadASchemaWithAReferenceToAFileThatIsNotThere() {
        JsonSchema broken = Contract.schema(Contract.json("""
                {'$id': '%smissing-ref.schema.json', 'properties': {'x': {'$ref': 'no-such.schema.json'}}}"""
                .formatted(Contract.SCHEMA_BASE)));

        assertThatThrownBy(broken::initializeValidators).hasMessageContaining("no-such.schema.json");
    }

    @Test
    void theReferenceCheckFindsReferencesNestedAnywhereInASchema() {
        JsonNode schema = Contract.json("""
                {'allOf': [{'$ref': 'a.schema.json'}], 'properties': {'x': {'items': {'$ref': '#/$defs/y'}}}}""");

        assertThat(references(schema)).containsExactlyInAnyOrder("a.schema.json", "#/$defs/y");
    }

    private static List<String> references(JsonNode node) {
        List<String> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    found.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), found);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, found));
        }
    }
}
