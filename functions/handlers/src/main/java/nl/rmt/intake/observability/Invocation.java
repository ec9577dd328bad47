package nl.rmt.intake.observability;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Clock;
import java.util.function.Function;

/**
 * What every handler does around its work: the Lambda context (request id, function, cold start) in each log
 * line, and the invocation's metrics written at its end, also when the work throws.
 */
public final class Invocation {

    private Invocation() {
    }

    public static <T> T observe(Context context, MetricsSink sink, Function<Metrics, T> work) {
        Metrics metrics = new Metrics(sink, Clock.systemUTC());
        try {
            // Tests call handlers without a context; Lambda always passes one.
            if (context != null) {
                LambdaLogContext.open(context);
            }
            return work.apply(metrics);
        } finally {
            LambdaLogContext.close();
            CaseLogContext.clear();
            metrics.flush();
        }
    }
}
