package nl.rmt.intake.observability.logging;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One log event as the deployed functions write it: {@code level}, {@code message}, the log context (the Lambda
 * context and the case's {@code correlation_id}) and {@code timestamp}; named as in the Powertools layout the
 * functions used before, so Logs Insights queries keep working. Not Powertools' constant {@code service}: the log
 * group already tells whose line it is. A thrown exception adds {@code error} with its class name and stack frames
 * only: an exception's message can quote input.
 */
public final class JsonLogLine {

    /** A cause chain may loop back on itself. */
    private static final int MAX_CAUSES = 8;
    private static final Set<String> LITERAL_FIELDS = Set.of("cold_start");
    private static final Pattern LITERAL = Pattern.compile("true|false|\\d{1,9}");

    private JsonLogLine() {
    }

    /** @param context the log context (MDC); null or empty for none */
    public static String of(long epochMillis, String level, String message, Map<String, String> context,
            Throwable thrown) {
        StringBuilder line = new StringBuilder(256).append('{');
        field(line, "level", level);
        field(line, "message", message);
        if (thrown != null) {
            line.append(",\"error\":{");
            field(line, "name", thrown.getClass().getName());
            field(line, "stack", stack(thrown));
            line.append('}');
        }
        if (context != null) {
            new TreeMap<>(context).forEach((name, value) -> {
                if (value != null && LITERAL_FIELDS.contains(name) && LITERAL.matcher(value).matches()) {
                    separate(line).append('"').append(name).append("\":").append(value);
                } else {
                    field(line, name, value);
                }
            });
        }
        field(line, "timestamp", Instant.ofEpochMilli(epochMillis).toString());
        return line.append('}').toString();
    }

    private static void field(StringBuilder line, String name, String value) {
        if (value == null) {
            return;
        }
        separate(line).append('"').append(name).append("\":\"")
                .append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
    }

    private static StringBuilder separate(StringBuilder line) {
        char last = line.charAt(line.length() - 1);
        return last == '{' ? line : line.append(',');
    }

    private static String stack(Throwable thrown) {
        StringBuilder stack = new StringBuilder();
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause != thrown) {
                stack.append("Caused by: ").append(cause.getClass().getName()).append('\n');
            }
            for (StackTraceElement frame : cause.getStackTrace()) {
                stack.append("\tat ").append(frame).append('\n');
            }
        }
        return stack.toString();
    }
}
