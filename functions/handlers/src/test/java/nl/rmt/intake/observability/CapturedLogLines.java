package nl.rmt.intake.observability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.rmt.intake.json.Json;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * Log lines as the deployed functions write them: laid out by the appender of the functions' own log4j2.xml,
 * caught before they reach standard output.
 */
public final class CapturedLogLines extends AbstractAppender implements AutoCloseable {

    private static final String DEPLOYED_APPENDER = "JsonAppender";

    private final List<String> lines = new ArrayList<>();

    private CapturedLogLines(Layout<?> layout) {
        super("captured", null, layout, true, Property.EMPTY_ARRAY);
    }

    public static CapturedLogLines capture() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Appender deployed = context.getConfiguration().getAppender(DEPLOYED_APPENDER);
        if (deployed == null) {
            throw new IllegalStateException("log4j2.xml has no appender " + DEPLOYED_APPENDER + "; found "
                    + context.getConfiguration().getAppenders().keySet());
        }
        CapturedLogLines captured = new CapturedLogLines(deployed.getLayout());
        captured.start();
        context.getConfiguration().getRootLogger().addAppender(captured, null, null);
        context.updateLoggers();
        return captured;
    }

    @Override
    public synchronized void append(LogEvent event) {
        lines.add(new String(getLayout().toByteArray(event), java.nio.charset.StandardCharsets.UTF_8).strip());
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
