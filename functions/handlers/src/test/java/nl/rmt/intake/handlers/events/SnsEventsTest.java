package nl.rmt.intake.handlers.events;

import static nl.rmt.intake.handlers.events.RuntimeReader.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnsEventsTest {

    @Test
    void readsTheBounceFixtureAsTheRuntimesReaderButTheTimestamp() throws IOException {
        String json = RuntimeReader.fixture("email/bounce.json");
        SNSEvent expected = RuntimeReader.read(json, SNSEvent.class);
        expected.getRecords().forEach(record -> record.getSNS().setTimestamp(null));

        assertThat(SnsEvents.read(bytes(json))).isEqualTo(expected);
    }

    @Test
    void readsMessageAttributesAsTheRuntimesReader() throws IOException {
        String json = """
                {"Records": [{"EventSource": "aws:sns", "Sns": {"Message": "{}", "Subject": null,
                  "MessageAttributes": {"a": {"Type": "String", "Value": "v"}, "b": {"Type": "Number", "Value": "1"}},
                  "Future": [1, 2]}}]}""";

        assertThat(SnsEvents.read(bytes(json))).isEqualTo(RuntimeReader.read(json, SNSEvent.class));
    }

    @Test
    void refusesAnEventOfAnotherShapeWithoutQuotingIt() {
        for (String json : List.of("[]", "{\"Records\": [[]]}", "{\"Records\": [{\"Sns\": {\"Message\": [\"x-secret\"]}}]}",
                "{\"Records\": [{\"Sns\": {\"MessageAttributes\": {\"x-secret\": 1}}}]}")) {
            assertThatThrownBy(() -> SnsEvents.read(bytes(json))).as(json).isInstanceOf(IOException.class)
                    .satisfies(error -> assertThat(String.valueOf(error.getMessage())).doesNotContain("x-secret"));
        }
    }

    @Test
    void writesTheCountAsTheRuntimesWriter() throws IOException {
        assertThat(RuntimeReader.written(out -> SnsEvents.write(3, out))).isEqualTo(RuntimeReader.write(3));
    }
}
