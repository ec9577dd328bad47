package nl.rmt.intake.observability;

/** The sink chosen once per container: where metrics go depends only on where the code runs. */
final class StandardSink {

    static final MetricsSink INSTANCE = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null
            ? MetricsSink.stdout()
            : MetricsSink.debugLog();

    private StandardSink() {
    }
}
