package nl.rmt.intake.localstack.runner.load;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import nl.rmt.intake.localstack.iam.ActingFunction;
import nl.rmt.intake.observability.logging.JsonLogLine;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Counts what the functions would write to CloudWatch Logs: each of their log events as the deployed functions
 * write it ({@link JsonLogLine}), and each metrics document in the embedded metric format (on AWS printed as one
 * line; here at DEBUG on its logger, which this meter takes over while it counts), by source: the function, then
 * the logger and the message's pattern (never its arguments), or "metrics document".
 */
final class LogMeter extends AbstractAppender implements AutoCloseable {

    static final String METRICS_DOCUMENT = "metrics document";
    private static final String METRICS_LOGGER = "nl.rmt.intake.observability.Metrics";

    /** Lines and bytes logged from one source. */
    record Source(String function, String what, long lines, long bytes) {
    }

    private final Map<List<String>, LongAdder[]> bySource = new ConcurrentHashMap<>();

    private LogMeter() {
        super("load-run-log-meter", null, null, true, Property.EMPTY_ARRAY);
    }

    static LogMeter attach() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LogMeter meter = new LogMeter();
        meter.start();
        context.getConfiguration().getRootLogger().addAppender(meter, Level.ALL, null);
        context.getConfiguration().getLoggers().values().forEach(logger -> logger.addAppender(meter, Level.ALL, null));
        LoggerConfig metrics = new LoggerConfig(METRICS_LOGGER, Level.DEBUG, false);
        metrics.addAppender(meter, Level.DEBUG, null);
        context.getConfiguration().addLogger(METRICS_LOGGER, metrics);
        context.updateLoggers();
        return meter;
    }

    @Override
    public void append(LogEvent event) {
        String function = ActingFunction.logicalId().orElse(null);
        if (function == null) {
            return;
        }
        if (METRICS_LOGGER.equals(event.getLoggerName())) {
            count(function, METRICS_DOCUMENT, event.getMessage().getFormattedMessage());
            return;
        }
        String line = JsonLogLine.of(event.getTimeMillis(), event.getLevel().name(),
                event.getMessage().getFormattedMessage(), event.getContextData().toMap(), event.getThrown());
        String logger = event.getLoggerName().substring(event.getLoggerName().lastIndexOf('.') + 1);
        count(function, event.getLevel() + " " + logger + ": " + event.getMessage().getFormat(), line);
    }

    private void count(String function, String what, String line) {
        LongAdder[] counts = bySource.computeIfAbsent(List.of(function, what),
                key -> new LongAdder[] {new LongAdder(), new LongAdder()});
        counts[0].increment();
        counts[1].add(line.getBytes(StandardCharsets.UTF_8).length + 1L);
    }

    /** Every source that logged, the most bytes first. */
    List<Source> sources() {
        return bySource.entrySet().stream()
                .map(entry -> new Source(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()[0].sum(),
                        entry.getValue()[1].sum()))
                .sorted(Comparator.comparingLong(Source::bytes).reversed()).toList();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().removeLogger(METRICS_LOGGER);
        context.getConfiguration().getRootLogger().removeAppender(getName());
        context.getConfiguration().getLoggers().values().forEach(logger -> logger.removeAppender(getName()));
        context.updateLoggers();
        stop();
    }
}
