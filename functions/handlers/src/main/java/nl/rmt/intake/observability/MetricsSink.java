package nl.rmt.intake.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where finished metric documents go. */
@FunctionalInterface
public interface MetricsSink {

    void write(String emfDocument);

    /** In Lambda standard output; elsewhere (the local runner, tests) a DEBUG log line. Decided once per container. */
    static MetricsSink standard() {
        return StandardSink.INSTANCE;
    }

    /**
     * Standard output: in Lambda every line of it reaches CloudWatch Logs, which turns the embedded metric format
     * into metrics without an API call or an agent.
     */
    static MetricsSink stdout() {
        return document -> System.out.println(document);
    }

    /** Off by default, so the local runner's console stays readable; raise the logger to DEBUG to see them. */
    static MetricsSink debugLog() {
        Logger log = LoggerFactory.getLogger(Metrics.class);
        return document -> log.debug("{}", document);
    }
}
