package nl.rmt.intake.observability.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The functions' logging backend: every SLF4J call, the AWS SDK's included, becomes one JSON object on standard
 * output, which Lambda sends to CloudWatch Logs line by line. Chosen by {@code -Dslf4j.provider} in the
 * functions' {@code JAVA_TOOL_OPTIONS} (template.yaml), and found without it by the service file each function's
 * package has at its root (functions/handlers/Makefile). This module's jar has none, so that the local runner and
 * the tests, which hold this class too, keep logging through Log4j.
 *
 * <p>It replaces Log4j with Powertools' JSON layout in the functions' packages: the same lines for about 1,000
 * fewer classes loaded at every cold start and 2.5 MB less per package (README, "Benchmarks").
 */
public final class JsonLineProvider implements SLF4JServiceProvider {

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter context = new ThreadOnlyContext();
    private ILoggerFactory loggers;

    @Override
    public void initialize() {
        loggers = new JsonLineLoggers(LogLevels.fromEnvironment(), line -> System.out.println(line));
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return context;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }
}
