package nl.rmt.intake.localstack.runner.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.metering.RequestMeter;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;

/**
 * What one phase of a run would be billed for: the AWS requests ({@link RequestMeter}), each function's usage and
 * what it logged, from its start until the pipeline is quiet again, and how busy the machine was meanwhile.
 */
record MeteredPhase(List<RequestMeter.Count> requests, List<RequestMeter.Part> parts,
                    Map<LambdaFunction, LambdaFunction.Usage> usage, List<LogMeter.Source> logSources,
                    LoadAverage.Range load, Duration took) {

    private static final Duration SETTLE = Duration.ofMinutes(10);

    static MeteredPhase of(LocalLambda lambda, Runnable work) {
        Map<LambdaFunction, LambdaFunction.Usage> before = usage(lambda);
        long started = System.nanoTime();
        List<LogMeter.Source> logSources;
        LoadAverage.Range load;
        RequestMeter.arm();
        try (LogMeter logs = LogMeter.attach(); LoadAverage loadAverage = LoadAverage.sample()) {
            work.run();
            settle(lambda);
            logSources = logs.sources();
            load = loadAverage.range();
        } finally {
            RequestMeter.disarm();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Map<LambdaFunction, LambdaFunction.Usage> used = new LinkedHashMap<>();
        usage(lambda).forEach((function, now) -> used.put(function, now.minus(before.get(function))));
        return new MeteredPhase(RequestMeter.counts(), RequestMeter.parts(), used, logSources, load, took);
    }

    static void settle(LocalLambda lambda) {
        if (!lambda.awaitQuiet(SETTLE)) {
            lambda.drain();
        }
    }

    /** The bytes the functions' own lines and metric documents would send to CloudWatch Logs. */
    long logBytes() {
        return logSources.stream().mapToLong(LogMeter.Source::bytes).sum();
    }

    private static Map<LambdaFunction, LambdaFunction.Usage> usage(LocalLambda lambda) {
        Map<LambdaFunction, LambdaFunction.Usage> usage = new LinkedHashMap<>();
        lambda.functions().forEach(function -> usage.put(function, function.usage()));
        return usage;
    }
}
