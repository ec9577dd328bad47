package nl.rmt.intake.localstack.runner.load;

import java.nio.charset.StandardCharsets;
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
 * line; here at DEBUG on its logger, which this meter takes over while it counts).
 */
final class LogMeter extends AbstractAppender implements AutoCloseable {

    private static final String METRICS_LOGGER = "nl.rmt.intake.observability.Metrics";

    private final LongAdder events = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder metricDocuments = new LongAdder();

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
        if (ActingFunction.logicalId().isEmpty()) {
            return;
        }
        if (METRICS_LOGGER.equals(event.getLoggerName())) {
            metricDocuments.increment();
            bytes.add(event.getMessage().getFormattedMessage().getBytes(StandardCharsets.UTF_8).length + 1L);
            return;
        }
        events.increment();
        String line = JsonLogLine.of(event.getTimeMillis(), event.getLevel().name(),
                event.getMessage().getFormattedMessage(), event.getContextData().toMap(), event.getThrown());
        bytes.add(line.getBytes(StandardCharsets.UTF_8).length + 1L);
    }

    long events() {
        return events.sum();
    }

    long metricDocuments() {
        return metricDocuments.sum();
    }

    long bytes() {
        return bytes.sum();
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
