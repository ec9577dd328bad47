package nl.rmt.intake.localstack.runner.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPatternTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OUTBOX_INSERT = """
            {"eventName": "INSERT",
             "dynamodb": {"Keys": {"pk": {"S": "CASE#1"}, "sk": {"S": "OUTBOX#PARTNER#uwv"}},
                          "NewImage": {"attempts": {"N": "3"}, "tags": {"SS": ["a", "b"]}}}}
            """;

    @Test
    void exactValuesInNestedObjectsMatch() {
        assertThat(matches("{\"eventName\": [\"INSERT\"], \"dynamodb\": {\"Keys\": {\"pk\": {\"S\": [\"CASE#1\"]}}}}", OUTBOX_INSERT)).isTrue();
        assertThat(matches("{\"eventName\": [\"MODIFY\"]}", OUTBOX_INSERT)).isFalse();
    }

    @Test
    void aListOfValuesMatchesWhenAnyOfThemDoes() {
        assertThat(matches("{\"eventName\": [\"MODIFY\", \"INSERT\"]}", OUTBOX_INSERT)).isTrue();
    }

    @Test
    void prefixMatchesTheStartOfText() {
        assertThat(matches("{\"dynamodb\": {\"Keys\": {\"sk\": {\"S\": [{\"prefix\": \"OUTBOX#\"}]}}}}", OUTBOX_INSERT)).isTrue();
        assertThat(matches("{\"dynamodb\": {\"Keys\": {\"sk\": {\"S\": [{\"prefix\": \"HISTORY#\"}]}}}}", OUTBOX_INSERT)).isFalse();
    }

    @Test
    void existsTellsPresentFromAbsentFields() {
        assertThat(matches("{\"dynamodb\": {\"NewImage\": {\"attempts\": [{\"exists\": true}]}}}", OUTBOX_INSERT)).isTrue();
        assertThat(matches("{\"dynamodb\": {\"OldImage\": [{\"exists\": false}]}}", OUTBOX_INSERT)).isTrue();
        assertThat(matches("{\"dynamodb\": {\"OldImage\": [{\"exists\": true}]}}", OUTBOX_INSERT)).isFalse();
    }

    @Test
    void aFieldMissingFromTheEventDoesNotMatchAValueRule() {
        assertThat(matches("{\"userIdentity\": {\"type\": [\"Service\"]}}", OUTBOX_INSERT)).isFalse();
    }

    @Test
    void anEventListMatchesWhenAnyElementDoes() {
        assertThat(matches("{\"dynamodb\": {\"NewImage\": {\"tags\": {\"SS\": [\"b\"]}}}}", OUTBOX_INSERT)).isTrue();
    }

    @Test
    void anythingButAndNumericAndSuffixCompareAsEventBridgeDoes() {
        assertThat(matches("{\"eventName\": [{\"anything-but\": [\"REMOVE\"]}]}", OUTBOX_INSERT)).isTrue();
        assertThat(matches("{\"eventName\": [{\"anything-but\": \"INSERT\"}]}", OUTBOX_INSERT)).isFalse();
        assertThat(matches("{\"dynamodb\": {\"NewImage\": {\"attempts\": {\"N\": [{\"numeric\": [\">\", 2, \"<=\", 3]}]}}}}", OUTBOX_INSERT)).isTrue();
        assertThat(matches("{\"dynamodb\": {\"Keys\": {\"sk\": {\"S\": [{\"suffix\": \"#uwv\"}]}}}}", OUTBOX_INSERT)).isTrue();
    }

    @Test
    void numbersCompareByValue() {
        assertThat(matches("{\"size\": [5]}", "{\"size\": 5.0}")).isTrue();
    }

    @Test
    void aLeafThatIsNotAListIsRejectedWhenLoaded() {
        assertThatThrownBy(() -> EventPattern.parse("{\"eventName\": \"INSERT\"}"))
                .hasMessageContaining("'eventName' must hold a list");
    }

    @Test
    void anUnknownOperatorIsRejectedWhenLoaded() {
        assertThatThrownBy(() -> EventPattern.parse("{\"eventName\": [{\"wildcard\": \"IN*\"}]}"))
                .hasMessageContaining("Unsupported filter rule");
    }

    @Test
    void aFilterWithoutPatternsAcceptsEverythingAndOtherwiseNeedsOneMatch() throws Exception {
        JsonNode event = JSON.readTree(OUTBOX_INSERT);

        assertThat(EventFilter.of(List.of()).accepts(event)).isTrue();
        assertThat(EventFilter.of(List.of("{\"eventName\": [\"REMOVE\"]}", "{\"eventName\": [\"INSERT\"]}"))
                .accepts(event)).isTrue();
        assertThat(EventFilter.of(List.of("{\"eventName\": [\"REMOVE\"]}")).accepts(event)).isFalse();
    }

    private static boolean matches(String pattern, String event) {
        try {
            return EventPattern.parse(pattern).matches(JSON.readTree(event));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
