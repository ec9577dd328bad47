package nl.rmt.intake.observability;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.MDC;

/**
 * Puts the invocation's Lambda context in the log context for the lines written during it: the function and its
 * version, the request id, whether this is the container's first invocation, and the X-Ray trace. Not the ARN nor
 * the memory size: every line would repeat them (about 130 bytes), and the log group and Lambda's REPORT line
 * already tell them.
 */
final class LambdaLogContext {

    private static final AtomicBoolean COLD_START = new AtomicBoolean(true);
    private static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";
    private static final List<String> FIELDS = List.of("function_name", "function_version", "function_request_id",
            "cold_start", "xray_trace_id");

    private LambdaLogContext() {
    }

    static void open(Context context) {
        put("function_name", context.getFunctionName());
        put("function_version", context.getFunctionVersion());
        put("function_request_id", context.getAwsRequestId());
        put("cold_start", Boolean.toString(COLD_START.getAndSet(false)));
        put("xray_trace_id", traceRoot());
    }

    static void close() {
        FIELDS.forEach(MDC::remove);
    }

    private static void put(String field, String value) {
        if (value != null) {
            MDC.put(field, value);
        }
    }

    /** The Java runtime gives each invocation's trace header as a system property; the environment as fallback. */
    private static String traceRoot() {
        String header = System.getProperty(TRACE_HEADER_PROPERTY, System.getenv("_X_AMZN_TRACE_ID"));
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            if (part.startsWith("Root=")) {
                return part.substring("Root=".length());
            }
        }
        return null;
    }
}
