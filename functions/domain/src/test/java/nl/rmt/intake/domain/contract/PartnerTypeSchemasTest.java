package nl.rmt.intake.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-type schemas are generated from {@code routing/partner-types.json}. To change what a partner type sees,
 * edit that file and run {@code mvn -pl functions/domain test -Dcontract.regenerate=true}, then commit both.
 */
class PartnerTypeSchemasTest {

    private static final boolean REGENERATE = Boolean.getBoolean("contract.regenerate");

    private final Map<String, String> generated =
            PartnerTypeSchemas.generate(Contract.classpathJson(PartnerTypeSchemas.PARTNER_TYPES));

    @Test
    void everyCommittedPerTypeSchemaIsExactlyWhatPartnerTypesJsonGenerates() throws IOException {
        if (REGENERATE) {
            for (Map.Entry<String, String> file : generated.entrySet()) {
                Files.writeString(Contract.SCHEMA_SOURCE.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }

        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path committed = Contract.SCHEMA_SOURCE.resolve(file.getKey());
            assertThat(committed).as("%s is missing; regenerate with -Dcontract.regenerate=true", file.getKey()).exists();
            assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                    .as("%s differs from routing/partner-types.json; regenerate with -Dcontract.regenerate=true",
                            file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void thereIsOnePerTypeSchemaForEveryPartnerTypeAndNoneForATypeThatIsGone() {
        assertThat(Contract.schemaFileNames().stream().filter(name -> name.matches("case-assigned\\.[A-Z]+\\.schema\\.json")))
                .containsExactlyInAnyOrderElementsOf(generated.keySet());
        assertThat(generated.keySet()).containsExactlyInAnyOrder(
                "case-assigned.UWV.schema.json", "case-assigned.GEMEENTE.schema.json",
                "case-assigned.VAKBOND.schema.json", "case-assigned.ONDERWIJS.schema.json",
                "case-assigned.SCHULDHULP.schema.json", "case-assigned.RMT.schema.json");
    }

    @Test
    void aChangedAllowListGivesADifferentSchemaSoTheComparisonCannotPassVacuously() {
        ObjectNode partnerTypes = (ObjectNode) Contract.classpathJson(PartnerTypeSchemas.PARTNER_TYPES);
        ((ArrayNode) partnerTypes.get("types").get("VAKBOND").get("personFields")).add("dateOfBirth");

        Map<String, String> changed = PartnerTypeSchemas.generate(partnerTypes);

        assertThat(changed.get("case-assigned.VAKBOND.schema.json"))
                .isNotEqualTo(generated.get("case-assigned.VAKBOND.schema.json"))
                .contains("case-assigned.schema.json#/$defs/dateOfBirth");
        assertThat(changed.get("case-assigned.UWV.schema.json")).isEqualTo(generated.get("case-assigned.UWV.schema.json"));
    }
}
