package nl.rmt.intake.observability.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.json.Json;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/** The functions' own logging backend, as Lambda runs it: lines written, levels, errors, the log context. */
class JsonLineProviderTest {

    private final List<String> lines = new ArrayList<>();

    @Test
    void aLineIsOneJsonObjectWithTheLevelMessageTimestampAndLogContextAndNothingElse() throws IOException {
        String line = JsonLogLine.of(1_764_748_800_123L, "INFO", "outbox message sent: queue=confirmation",
                Map.of("correlation_id", "01JCASE7KQ4M9XW", "function_request_id", "req-7f3a", "cold_start", "true"),
                null);

        JsonNode json = Json.MAPPER.readTree(line);
        assertThat(line).doesNotContain("\n");
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("message").asText()).isEqualTo("outbox message sent: queue=confirmation");
        assertThat(json.get("correlation_id").asText()).isEqualTo("01JCASE7KQ4M9XW");
        assertThat(json.get("function_request_id").asText()).isEqualTo("req-7f3a");
        assertThat(json.get("cold_start").isBoolean()).isTrue();
        assertThat(json.get("timestamp").asText()).isEqualTo("2025-12-03T08:00:00.123Z");
        assertThat(json.size()).isEqualTo(6);
    }

    @Test
    void quotesLineBreaksAndControlCharactersSoAMessageStaysOneLine() throws IOException {
        String line = JsonLogLine.of(0, "WARN", "a \"quoted\"\nsecond line\u0007 and \\", null, null);

        assertThat(line).doesNotContain("\n");
        assertThat(Json.MAPPER.readTree(line).get("message").asText())
                .isEqualTo("a \"quoted\"\nsecond line\u0007 and \\");
    }

    @Test
    void anExceptionIsLoggedByItsClassAndFramesNeverItsMessage() throws IOException {
        IllegalArgumentException thrown = new IllegalArgumentException("jan.jansen@example.nl",
                new IllegalStateException("Jansstraat 1"));

        JsonNode error = Json.MAPPER.readTree(JsonLogLine.of(0, "WARN", "not sent", null, thrown)).get("error");

        assertThat(error.get("name").asText()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(error.get("stack").asText()).contains("Caused by: java.lang.IllegalStateException")
                .contains(JsonLineProviderTest.class.getName())
                .doesNotContain("jan.jansen").doesNotContain("Jansstraat");
    }

    @Test
    void writesTheFunctionsLinesFromInfoOnAndTheSdksFromWarnOn() throws IOException {
        JsonLineLoggers loggers = new JsonLineLoggers(new LogLevels(Level.INFO), lines::add);
        Logger own = loggers.getLogger("nl.rmt.intake.handlers.outbox.OutboxOutcomes");
        Logger sdk = loggers.getLogger("software.amazon.awssdk.request");

        own.debug("left out");
        own.info("outbox sweep: found={} dispatched={}", 2, 1);
        sdk.info("left out as well");
        sdk.warn("retrying");

        assertThat(lines).hasSize(2);
        assertThat(Json.MAPPER.readTree(lines.get(0)).get("message").asText())
                .isEqualTo("outbox sweep: found=2 dispatched=1");
        assertThat(Json.MAPPER.readTree(lines.get(1)).get("level").asText()).isEqualTo("WARN");
    }

    @Test
    void atDebugTheSdksDebugLinesAreWrittenToo() {
        JsonLineLoggers loggers = new JsonLineLoggers(new LogLevels(Level.DEBUG), lines::add);

        loggers.getLogger("software.amazon.awssdk.request").debug("Sending Request");
        loggers.getLogger("nl.rmt.intake.handlers.intake.SubmitIntakeHandler").trace("left out");

        assertThat(lines).hasSize(1);
    }

    @Test
    void aQuieterLevelKeepsTheSdkAsQuiet() {
        LogLevels levels = new LogLevels(Level.ERROR);

        assertThat(levels.of("software.amazon.awssdk.request")).isEqualTo(Level.ERROR);
        assertThat(levels.of("nl.rmt.intake.handlers.intake.SubmitIntakeHandler")).isEqualTo(Level.ERROR);
    }

    @Test
    void aLogLevelSlf4jHasNoNameForFallsBackInsteadOfFailingTheBackend() {
        assertThat(LogLevels.named("warning").level()).isEqualTo(Level.WARN);
        assertThat(LogLevels.named("FATAL").level()).isEqualTo(Level.ERROR);
        assertThat(LogLevels.named("OFF").level()).isEqualTo(Level.ERROR);
        assertThat(LogLevels.named("ALL").level()).isEqualTo(Level.TRACE);
        assertThat(LogLevels.named(" debug ").level()).isEqualTo(Level.DEBUG);
        assertThat(LogLevels.named("verbose").level()).isEqualTo(Level.INFO);
        assertThat(LogLevels.named(null).level()).isEqualTo(Level.INFO);
    }
}
