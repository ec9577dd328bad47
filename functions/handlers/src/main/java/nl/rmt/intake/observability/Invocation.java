package nl.rmt.intake.observability;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Clock;
import java.util.function.Function;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * What every handler does around its work: the Lambda context (request id, function, cold start) in each log
 * line, and the invocation's metrics written at its end, also when the work throws.
 *
 * <p>Powertools' functional API instead of its {@code @Logging} annotation, which needs AspectJ weaving.
 */
public final class Invocation {

    private Invocation() {
    }

    public static <T> T observe(Context context, MetricsSink sink, Function<Metrics, T> work) {
        Metrics metrics = new Metrics(sink, Clock.systemUTC());
        try {
            if (context == null) {
                // Tests call handlers without a context; Lambda always passes one.
                return work.apply(metrics);
            }
            return PowertoolsLogging.withLogging(context, () -> work.apply(metrics));
        } finally {
            CaseLogContext.clear();
            metrics.flush();
        }
    }
}
