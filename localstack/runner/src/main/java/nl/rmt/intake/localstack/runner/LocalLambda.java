package nl.rmt.intake.localstack.runner;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.function.DynamoDbStreamSource;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.function.ScheduleSource;
import nl.rmt.intake.localstack.function.SqsQueueSource;
import nl.rmt.intake.localstack.function.UnsupportedEvent;
import nl.rmt.intake.localstack.runner.http.HttpApiServer;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import nl.rmt.intake.localstack.runner.poll.EventSourcePoller;
import nl.rmt.intake.localstack.runner.poll.PollerGroup;
import nl.rmt.intake.localstack.runner.sqs.SqsQueuePoller;
import nl.rmt.intake.localstack.runner.stream.DynamoDbStreamPoller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The template's functions running in this JVM against an {@link EmbeddedStack}: an HTTP API for their
 * HttpApi events and pollers for their DynamoDB and SQS event sources.
 *
 * <pre>{@code
 * try (EmbeddedStack stack = EmbeddedStack.builder().start();
 *      LocalLambda lambda = LocalLambda.start(stack, 0)) {
 *     // POST to lambda.httpApiUrl() + "/v1/regions/AM18/intakes", then:
 *     lambda.drain();
 * }
 * }</pre>
 */
public final class LocalLambda implements AutoCloseable {

    public static final int DEFAULT_HTTP_PORT = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(LocalLambda.class);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, LambdaFunction> functions;
    private final HttpApiServer httpApi;
    private final PollerGroup pollers;

    private LocalLambda(Map<String, LambdaFunction> functions, HttpApiServer httpApi, PollerGroup pollers) {
        this.functions = functions;
        this.httpApi = httpApi;
        this.pollers = pollers;
    }

    /**
     * Creates every function's handler (the stack's environment must be applied), then serves the
     * HTTP API on {@code httpPort} (0: a free port) and starts the event source pollers.
     */
    public static LocalLambda start(EmbeddedStack stack, int httpPort) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        Map<String, LambdaFunction> functions = new LinkedHashMap<>();
        for (FunctionDefinition definition : stack.environment().functions()) {
            functions.put(definition.logicalId(), LambdaFunction.load(definition, stack.settings(), classLoader));
        }
        String region = stack.settings().region();
        List<EventSourcePoller> pollers = new ArrayList<>();
        for (LambdaFunction function : functions.values()) {
            FunctionDefinition definition = function.definition();
            for (DynamoDbStreamSource source : definition.events(DynamoDbStreamSource.class)) {
                if (source.enabled()) {
                    pollers.add(new DynamoDbStreamPoller(function, source, stack.dynamoDbStreams(), stack.sqs(), region));
                }
            }
            for (SqsQueueSource source : definition.events(SqsQueueSource.class)) {
                if (source.enabled()) {
                    pollers.add(new SqsQueuePoller(function, source, stack.sqs(), region));
                }
            }
            definition.events(ScheduleSource.class).forEach(schedule -> LOG.info(
                    "{}: schedule {} ({}) is not run locally; invoke the function to try it",
                    definition.logicalId(), schedule.name(), schedule.scheduleExpression()));
            definition.events(UnsupportedEvent.class).forEach(event -> LOG.info(
                    "{}: {} event {} is not emulated", definition.logicalId(), event.type(), event.name()));
        }
        HttpApiServer httpApi = HttpApiServer.start(httpPort, List.copyOf(functions.values()), stack.settings().accountId());
        PollerGroup group = new PollerGroup(pollers);
        group.start();
        return new LocalLambda(functions, httpApi, group);
    }

    public URI httpApiUrl() {
        return httpApi.url();
    }

    /** Each served route with its function, most specific first. */
    public List<String> routes() {
        return httpApi.routes();
    }

    public List<EventSourcePoller> pollers() {
        return pollers.pollers();
    }

    public LambdaFunction function(String logicalId) {
        LambdaFunction function = functions.get(logicalId);
        if (function == null) {
            throw new IllegalArgumentException("No function '" + logicalId + "'; there are " + functions.keySet());
        }
        return function;
    }

    /** Invokes a function directly with an event in Lambda's JSON shape; returns its result as JSON. */
    public String invoke(String logicalId, String eventJson) {
        return function(logicalId).invoke(eventJson);
    }

    /**
     * Waits until no event source has anything new, in flight or waiting for a retry or redelivery.
     *
     * @return false if {@code timeout} passed first
     */
    public boolean awaitQuiet(Duration timeout) {
        return pollers.awaitQuiet(timeout);
    }

    /** Like {@link #awaitQuiet} with a minute to spare; fails naming the sources still busy. */
    public void drain() {
        if (!awaitQuiet(DRAIN_TIMEOUT)) {
            throw new IllegalStateException("Event sources still busy after " + DRAIN_TIMEOUT.toSeconds() + " s: "
                    + pollers.busy());
        }
    }

    @Override
    public void close() {
        httpApi.close();
        pollers.close();
    }
}
