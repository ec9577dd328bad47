package nl.rmt.intake.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.domain.routing.PartnerMessage;
import org.junit.jupiter.api.Test;

/** contract/asyncapi.yaml describes the real queues and messages, and points only at schemas that exist. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Contract.SOURCE.resolve("asyncapi.yaml");
    private static final URI DOCUMENT_BASE = URI.create(Contract.ID_PREFIX + "asyncapi.yaml");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([A-Z]+)` \\| `([^`]+)` \\| ([a-z][a-zA-Z]*(?:, [a-z][a-zA-Z]*)*) \\|$");
    private static final Pattern ADDRESS_PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    private final JsonNode document = read();

    @Test
    void isAnAsyncApi3DocumentWithATitleAndVersion() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/info/title").asText()).isNotBlank();
        assertThat(document.at("/info/version").asText()).isEqualTo(PartnerMessage.SCHEMA_VERSION + ".0");
    }

    @Test
    void namesEveryMessageTypeAPartnerCanReceive() {
        Set<String> names = new TreeSet<>();
        document.at("/components/messages").forEach(message -> names.add(message.path("name").asText()));

        assertThat(names).containsExactlyInAnyOrder("CASE_ASSIGNED", "CASE_WITHDRAWN", "CASE_REASSIGNED");
    }

    @Test
    void everyChannelCarriesAllThreeMessageTypes() {
        for (String channel : List.of("partnerQueue", "deskQueue")) {
            Set<String> names = new TreeSet<>();
            document.at("/channels/" + channel + "/messages")
                    .forEach(reference -> names.add(resolveLocal(reference.get("$ref").asText()).path("name").asText()));

            assertThat(names).as(channel).containsExactlyInAnyOrder("CASE_ASSIGNED", "CASE_WITHDRAWN", "CASE_REASSIGNED");
        }
    }

    @Test
    void everyReferenceWithinTheDocumentResolves() {
        for (String reference : references(document)) {
            if (reference.startsWith("#")) {
                assertThat(resolveLocal(reference).isMissingNode()).as(reference).isFalse();
            }
        }
    }

    @Test
    void referencesOnlySchemaFilesOfTheContractThatExistAndPartsOfThemThatExist() {
        List<String> external = references(document).stream().filter(reference -> !reference.startsWith("#")).toList();

        assertThat(external).isNotEmpty();
        for (String reference : external) {
            URI target = DOCUMENT_BASE.resolve(reference);
            String path = target.getPath().substring(URI.create(Contract.ID_PREFIX).getPath().length());
            assertThat(path).as(reference).startsWith(Contract.SCHEMA_FOLDER);
            String fileName = path.substring(Contract.SCHEMA_FOLDER.length());
            assertThat(Contract.schemaFileNames()).as(reference).contains(fileName);
            String pointer = target.getFragment() == null ? "" : target.getFragment();
            assertThat(Contract.schemaFile(fileName).at(pointer).isMissingNode()).as(reference).isFalse();
        }
    }

    @Test
    void everyMessagePayloadIsADraft202012SchemaReference() {
        document.at("/components/messages").forEach(message -> {
            assertThat(message.at("/payload/schemaFormat").asText())
                    .isEqualTo("application/schema+json;version=draft-2020-12");
            assertThat(message.at("/payload/schema/$ref").asText()).startsWith("./" + Contract.SCHEMA_FOLDER);
        });
    }

    @Test
    void everyExampleFollowsItsMessagesPayloadSchema() {
        int examples = 0;
        for (Map.Entry<String, JsonNode> message : document.at("/components/messages").properties()) {
            SchemaLocation schema = SchemaLocation.of(
                    DOCUMENT_BASE.resolve(message.getValue().at("/payload/schema/$ref").asText()).toString());
            assertThat(message.getValue().path("examples")).as(message.getKey()).isNotEmpty();
            for (JsonNode example : message.getValue().path("examples")) {
                assertThat(Contract.schema(schema).validate(example.get("payload")).stream()
                        .map(ValidationMessage::getMessage)).as("%s %s", message.getKey(), example.path("name")).isEmpty();
                assertThat(Contract.problems("partner-message.schema.json", example.get("payload"))).isEmpty();
                examples++;
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(4);
    }

    @Test
    void thePartnerTypeTableListsExactlyTheFieldsOfPartnerTypesJson() {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (String line : document.at("/components/messages/caseAssigned/description").asText().split("\n")) {
            Matcher row = TABLE_ROW.matcher(line.strip());
            if (row.matches()) {
                assertThat(row.group(2)).isEqualTo(PartnerTypeSchemas.fileName(row.group(1)));
                table.put(row.group(1), List.of(row.group(3).split(", ")));
            }
        }

        assertThat(table).isEqualTo(PartnerTypesJson.personFieldsByType());
    }

    @Test
    void theDeskChannelsAssignmentUsesTheDeskTypesSchema() {
        assertThat(document.at("/components/messages/caseAssignedToDesk/payload/schema/$ref").asText())
                .endsWith("/" + PartnerTypeSchemas.fileName("RMT"));
    }

    @Test
    void queuesAreFifoWithADeadLetterQueueAfterFiveReceives() {
        for (String channel : List.of("partnerQueue", "deskQueue")) {
            JsonNode sqs = document.at("/channels/" + channel + "/bindings/sqs");
            String address = document.at("/channels/" + channel + "/address").asText();

            assertThat(address).endsWith(".fifo");
            assertThat(sqs.at("/queue/name").asText()).isEqualTo(address);
            assertThat(sqs.at("/queue/fifoQueue").asBoolean()).isTrue();
            assertThat(sqs.at("/queue/redrivePolicy/maxReceiveCount").asInt()).isEqualTo(5);
            assertThat(sqs.at("/queue/redrivePolicy/deadLetterQueue/name").asText())
                    .isEqualTo(sqs.at("/deadLetterQueue/name").asText())
                    .isEqualTo(address.replace(".fifo", "-dlq.fifo"));
        }
    }

    @Test
    void theAddressesFollowTheQueueNamesOfTheRoutingData() {
        assertThat(document.at("/channels/partnerQueue/address").asText()).isEqualTo("{stack}-partner-{partnerId}.fifo");
        assertThat(document.at("/channels/deskQueue/address").asText()).isEqualTo("{stack}-desk-{region}.fifo");

        for (JsonNode partner : Contract.classpathJson("routing/partners.json").get("partners")) {
            String queue = partner.get("queue").asText();
            if (partner.get("type").asText().equals("RMT")) {
                assertThat(queue).isEqualTo("desk-" + partner.get("regions").get(0).asText().toLowerCase());
            } else {
                assertThat(queue).isEqualTo("partner-" + partner.get("id").asText());
            }
        }
    }

    @Test
    void everyAddressParameterIsDeclared() {
        for (JsonNode channel : document.get("channels")) {
            Matcher parameter = ADDRESS_PARAMETER.matcher(channel.get("address").asText());
            while (parameter.find()) {
                assertThat(channel.at("/parameters/" + parameter.group(1)).isMissingNode())
                        .as(parameter.group(1)).isFalse();
            }
        }
    }

    @Test
    void partnersOnlyReceiveAndEachOperationUsesMessagesOfItsOwnChannel() {
        assertThat(document.get("operations")).hasSize(2);
        for (JsonNode operation : document.get("operations")) {
            String channel = operation.at("/channel/$ref").asText();

            assertThat(operation.get("action").asText()).isEqualTo("receive");
            assertThat(operation.get("messages")).isNotEmpty();
            operation.get("messages").forEach(message ->
                    assertThat(message.get("$ref").asText()).startsWith(channel + "/messages/"));
        }
    }

    @Test
    void describesTheFeedbackApiInItsInfo() {
        String description = document.at("/info/description").asText();

        assertThat(description).contains("POST /v1/partner/cases/{caseId}/feedback", "Signature Version 4",
                "feedback.schema.json", "403", "409", "400", "200");
    }

    private JsonNode resolveLocal(String reference) {
        return document.at(reference.substring(1));
    }

    private static List<String> references(JsonNode node) {
        List<String> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    found.add(field.getValue().asText());
                } else if (!field.getKey().equals("examples")) {
                    collect(field.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, found));
        }
    }

    private static JsonNode read() {
        try {
            return new YAMLMapper().readTree(Files.readString(DOCUMENT));
        } catch (IOException e) {
            throw new AssertionError("contract/asyncapi.yaml is not valid YAML", e);
        }
    }
}
