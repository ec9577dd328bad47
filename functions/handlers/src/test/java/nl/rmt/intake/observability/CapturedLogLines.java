package nl.rmt.intake.observability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.observability.logging.JsonLogLine;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * Log lines as the deployed functions write them ({@link JsonLogLine}), made from the events the tests' SLF4J
 * backend (Log4j, which the emulators bring) receives; the deployed backend writes the same line of the same event.
 */
public final class CapturedLogLines extends AbstractAppender implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();

    private CapturedLogLines() {
        super("captured", null, null, true, Property.EMPTY_ARRAY);
    }

    public static CapturedLogLines capture() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        CapturedLogLines captured = new CapturedLogLines();
        captured.start();
        context.getConfiguration().getRootLogger().addAppender(captured, null, null);
        context.updateLoggers();
        return captured;
    }

    @Override
    public synchronized void append(LogEvent event) {
        lines.add(JsonLogLine.of(event.getTimeMillis(), event.getLevel().name(),
                event.getMessage().getFormattedMessage(), event.getContextData().toMap(), event.getThrown()));
    }

    public synchronized List<JsonNode> json() {
        return lines.stream().map(CapturedLogLines::parse).toList();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender(getName());
        context.updateLoggers();
        stop();
    }

    private static JsonNode parse(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }
}
