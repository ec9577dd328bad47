package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.RoutingDataFixture.json;
import static nl.rmt.intake.domain.routing.RoutingDataFixture.resource;
import static nl.rmt.intake.domain.routing.RoutingSchemas.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped data files follow their schemas, and the schemas catch the mistakes an editor is likely to make. */
class RoutingDataSchemaTest {

    private static final Path REGIONS_SOURCE = Path.of("src/main/resources/routing/regions");

    @Test
    void partnersFollowTheirSchema() {
        assertThat(problems("partners.schema.json", resource("routing/partners.json"))).isEmpty();
    }

    @Test
    void partnerTypesFollowTheirSchema() {
        assertThat(problems("partner-types.schema.json", resource("routing/partner-types.json"))).isEmpty();
    }

    @Test
    void rulesFollowTheirSchema() {
        assertThat(problems("rules.schema.json", resource("routing/rules.json"))).isEmpty();
    }

    @Test
    void theRegionIndexAndEveryListedOverrideFollowTheirSchemas() {
        JsonNode index = resource("routing/regions/index.json");

        assertThat(problems("region-index.schema.json", index)).isEmpty();
        for (JsonNode file : index.get("files")) {
            assertThat(problems("region-override.schema.json", resource("routing/regions/" + file.asText())))
                    .as(file.asText()).isEmpty();
        }
    }

    @Test
    void theRegionIndexListsEveryOverrideFileInTheDirectory() throws IOException {
        List<String> listed = new ArrayList<>();
        resource("routing/regions/index.json").get("files").forEach(file -> listed.add(file.asText()));

        try (Stream<Path> files = Files.list(REGIONS_SOURCE)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> !name.equals("index.json")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void thePartnersSchemaRefusesAnUppercaseQueueAndAnUnknownType() {
        ObjectNode partners = resource("routing/partners.json");
        ((ObjectNode) partners.get("partners").get(0)).put("queue", "Partner-UWV");
        ((ObjectNode) partners.get("partners").get(1)).put("type", "BANK");

        assertThat(problems("partners.schema.json", partners)).hasSize(2);
    }

    @Test
    void thePartnerTypesSchemaRefusesAMissingTypeAndAnUnknownField() {
        ObjectNode partnerTypes = resource("routing/partner-types.json");
        ((ObjectNode) partnerTypes.get("types")).remove("RMT");
        ((ArrayNode) partnerTypes.get("types").get("UWV").get("personFields")).add("bsn");

        assertThat(problems("partner-types.schema.json", partnerTypes)).hasSize(2);
    }

    @Test
    void theRulesSchemaRefusesAMisspelledCondition() {
        ObjectNode rules = resource("routing/rules.json");
        ((ObjectNode) rules.get("leadRules").get(0).get("when")).put("group", "JOBBANK");

        assertThat(problems("rules.schema.json", rules)).isNotEmpty();
    }

    @Test
    void theOverrideSchemaRefusesAnOverrideThatChangesNothingOrHasAnUnknownMode() {
        assertThat(problems("region-override.schema.json", json("{'region': 'AM05'}"))).isNotEmpty();
        assertThat(problems("region-override.schema.json", json("""
                {'region': 'AM05', 'leadRules': {'mode': 'APPEND', 'rules': [
                  {'id': 'am05-zzp', 'text': 'ZZP → UWV', 'when': {'groups': ['ZZP']}, 'lead': {'partnerType': 'UWV'}}]}}""")))
                .isNotEmpty();
        assertThat(problems("region-override.schema.json", json("{'region': 'AM05', 'youthAgeLimit': 30}"))).isEmpty();
    }

    @Test
    void theRulesSchemaRefusesAReasonInOneLanguageOrStartingAsASentence() {
        ObjectNode rules = resource("routing/rules.json");
        ((ObjectNode) rules.get("leadRules").get(3)).set("because", json("{'nl': 'u WW ontvangt'}"));
        ((ObjectNode) rules.get("leadRules").get(4)).set("because", json("{'nl': 'U krijgt bijstand.', 'en': 'you receive it'}"));

        assertThat(problems("rules.schema.json", rules)).hasSize(2);
    }

    @Test
    void theRulesSchemaRefusesAnUnknownNeedOrPartnerTypeInHelpsWith() {
        ObjectNode rules = resource("routing/rules.json");
        ((ArrayNode) rules.get("helpsWith").get("UWV")).add("HOUSING");
        ((ObjectNode) rules.get("helpsWith")).set("BANK", RoutingDataFixture.JSON.createArrayNode().add("WORK"));

        assertThat(problems("rules.schema.json", rules)).hasSize(2);
    }

    @Test
    void aRegionsRuleWithItsOwnReasonFollowsTheOverrideSchema() {
        assertThat(problems("region-override.schema.json", resource("routing/regions/AM27.json"))).isEmpty();
        ObjectNode override = resource("routing/regions/AM27.json");
        ((ObjectNode) override.get("leadRules").get("rules").get(0).get("because")).remove("en");

        assertThat(problems("region-override.schema.json", override)).isNotEmpty();
    }
}
