package nl.rmt.intake.domain.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shipped routing data files as editable JSON trees, so that a test can break or change one thing and load
 * the result.
 */
final class RoutingDataFixture {

    static final ObjectMapper JSON = new ObjectMapper();

    final ObjectNode partners = resource("routing/partners.json");
    final ObjectNode partnerTypes = resource("routing/partner-types.json");
    final ObjectNode rules = resource("routing/rules.json");
    final Map<String, String> overrides = new LinkedHashMap<>();

    RoutingDataFixture() {
        for (JsonNode file : resource("routing/regions/index.json").get("files")) {
            overrides.put(file.asText(), resource("routing/regions/" + file.asText()).toString());
        }
    }

    static ObjectNode resource(String name) {
        try (InputStream in = RoutingDataFixture.class.getClassLoader().getResourceAsStream(name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ArrayNode partnerList() {
        return (ArrayNode) partners.get("partners");
    }

    ObjectNode partner(String id) {
        for (JsonNode partner : partnerList()) {
            if (partner.get("id").asText().equals(id)) {
                return (ObjectNode) partner;
            }
        }
        throw new IllegalArgumentException("no partner " + id + " in the fixture");
    }

    ArrayNode leadRules() {
        return (ArrayNode) rules.get("leadRules");
    }

    /** The national rule {@code national-<number>-…}. */
    ObjectNode leadRule(int number) {
        for (var rule : leadRules()) {
            if (rule.path("id").asText().startsWith("national-" + number + "-")) {
                return (ObjectNode) rule;
            }
        }
        throw new IllegalArgumentException("no national rule " + number);
    }

    RoutingDataFixture override(String fileName, String json) {
        overrides.put(fileName, json.replace('\'', '"'));
        return this;
    }

    RoutingData load() {
        Map<String, InputStream> overrideStreams = new LinkedHashMap<>();
        overrides.forEach((name, text) -> overrideStreams.put(name, stream(text)));
        return RoutingData.load(stream(partners.toString()), stream(partnerTypes.toString()), stream(rules.toString()),
                overrideStreams);
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
