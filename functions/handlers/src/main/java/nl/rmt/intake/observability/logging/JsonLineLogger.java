package nl.rmt.intake.observability.logging;

import java.util.function.Consumer;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** Writes each event at or above its level as one {@link JsonLogLine}, with the thread's log context. */
final class JsonLineLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final int threshold;
    private final transient Consumer<String> output;

    JsonLineLogger(String name, Level level, Consumer<String> output) {
        this.name = name;
        this.threshold = level.toInt();
        this.output = output;
    }

    @Override
    public boolean isTraceEnabled() {
        return threshold <= Level.TRACE.toInt();
    }

    @Override
    public boolean isDebugEnabled() {
        return threshold <= Level.DEBUG.toInt();
    }

    @Override
    public boolean isInfoEnabled() {
        return threshold <= Level.INFO.toInt();
    }

    @Override
    public boolean isWarnEnabled() {
        return threshold <= Level.WARN.toInt();
    }

    @Override
    public boolean isErrorEnabled() {
        return threshold <= Level.ERROR.toInt();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable thrown) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        output.accept(JsonLogLine.of(System.currentTimeMillis(), level.name(), message, MDC.getCopyOfContextMap(),
                thrown));
    }
}
