package nl.rmt.intake.localstack.runner;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.LocalClients;
import nl.rmt.intake.localstack.iam.ActingFunction;
import nl.rmt.intake.localstack.iam.LocalArns;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import nl.rmt.intake.localstack.function.DynamoDbStreamSource;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.function.SqsQueueSource;
import nl.rmt.intake.localstack.function.UnsupportedEvent;
import nl.rmt.intake.localstack.runner.http.HttpApiServer;
import nl.rmt.intake.localstack.runner.http.StaticSite;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import nl.rmt.intake.localstack.runner.poll.EventSourcePoller;
import nl.rmt.intake.localstack.runner.poll.PollerGroup;
import nl.rmt.intake.localstack.runner.schedule.ScheduleTimer;
import nl.rmt.intake.localstack.runner.schedule.ScheduleTriggers;
import nl.rmt.intake.localstack.runner.sns.TopicPublication;
import nl.rmt.intake.localstack.runner.sns.TopicPublisher;
import nl.rmt.intake.localstack.runner.sqs.SqsQueuePoller;
import nl.rmt.intake.localstack.runner.stream.DynamoDbStreamPoller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The template's functions running in this JVM against an {@link EmbeddedStack}: an HTTP API for their
 * HttpApi events, pollers for their DynamoDB and SQS event sources, their schedules (fired by hand, or on
 * their timers with {@link ScheduleMode#ON_TIMER}) and their SNS subscriptions.
 *
 * <pre>{@code
 * try (EmbeddedStack stack = EmbeddedStack.builder().start();
 *      LocalLambda lambda = LocalLambda.start(stack, 0)) {
 *     // POST to lambda.httpApiUrl() + "/v1/regions/AM18/intakes", then:
 *     lambda.drain();
 *     lambda.triggerSchedule("EscalationFunction");
 * }
 * }</pre>
 */
public final class LocalLambda implements AutoCloseable {

    public static final int DEFAULT_HTTP_PORT = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(LocalLambda.class);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    /** Whether Schedule and ScheduleV2 events fire on their own. */
    public enum ScheduleMode {
        /** Only when fired by hand: {@link #triggerSchedule} or {@code POST /_local/schedules/{FunctionLogicalId}}. */
        BY_HAND,
        /** Also on their rate, cron or at expressions, as long as the runtime runs. */
        ON_TIMER
    }

    private final Map<String, LambdaFunction> functions;
    private final HttpApiServer httpApi;
    private final PollerGroup pollers;
    private final ScheduleTriggers schedules;
    private final ScheduleTimer timer;
    private final TopicPublisher topics;

    private LocalLambda(Map<String, LambdaFunction> functions, HttpApiServer httpApi, PollerGroup pollers,
                        ScheduleTriggers schedules, ScheduleTimer timer, TopicPublisher topics) {
        this.functions = functions;
        this.httpApi = httpApi;
        this.pollers = pollers;
        this.schedules = schedules;
        this.timer = timer;
        this.topics = topics;
    }

    /** Like {@link #start(EmbeddedStack, int, ScheduleMode)} with schedules fired by hand only. */
    public static LocalLambda start(EmbeddedStack stack, int httpPort) {
        return start(stack, httpPort, ScheduleMode.BY_HAND);
    }

    /**
     * Creates every function's handler (the stack's environment must be applied), then serves the
     * HTTP API on {@code httpPort} (0: a free port), starts the event source pollers and, with
     * {@link ScheduleMode#ON_TIMER}, the schedules' timers.
     */
    public static LocalLambda start(EmbeddedStack stack, int httpPort, ScheduleMode scheduleMode) {
        return start(stack, httpPort, scheduleMode, Optional.empty());
    }

    /** Like {@link #start(EmbeddedStack, int, ScheduleMode)}, also serving the built pages of {@code site}. */
    public static LocalLambda start(EmbeddedStack stack, int httpPort, ScheduleMode scheduleMode,
                                    Optional<StaticSite> site) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        Map<String, LambdaFunction> functions = new LinkedHashMap<>();
        LocalArns arns = new LocalArns(stack.settings(), stack.resources());
        for (FunctionDefinition definition : stack.environment().functions()) {
            functions.put(definition.logicalId(), LambdaFunction.load(definition, stack.settings(), classLoader, arns));
        }
        String region = stack.settings().region();
        List<EventSourcePoller> pollers = new ArrayList<>();
        for (LambdaFunction function : functions.values()) {
            FunctionDefinition definition = function.definition();
            for (DynamoDbStreamSource source : definition.events(DynamoDbStreamSource.class)) {
                if (source.enabled()) {
                    // Lambda reads the stream and sends to the OnFailure destination with the function's role.
                    DynamoDbStreamsClient streams = ActingFunction.as(function.role(),
                            () -> LocalClients.dynamoDbStreams(stack.endpoints().dynamoDb(), region));
                    pollers.add(new DynamoDbStreamPoller(function, source, streams, sqsActingAs(function, stack), region));
                }
            }
            for (SqsQueueSource source : definition.events(SqsQueueSource.class)) {
                if (source.enabled()) {
                    pollers.add(new SqsQueuePoller(function, source, sqsActingAs(function, stack), region));
                }
            }
            definition.events(UnsupportedEvent.class).forEach(event -> LOG.info(
                    "{}: {} event {} is not emulated", definition.logicalId(), event.type(), event.name()));
        }
        Clock clock = Clock.systemUTC();
        ScheduleTriggers schedules = new ScheduleTriggers(functions.values(), stack.settings(), clock);
        ScheduleTimer timer = new ScheduleTimer(clock);
        // Parsed before anything listens, so that a malformed expression fails the start and leaves nothing running.
        List<ScheduleTimer.Timed> timed = scheduleMode == ScheduleMode.ON_TIMER ? ScheduleTimer.timed(schedules) : List.of();
        TopicPublisher topics = new TopicPublisher(functions.values(), stack.resources(), stack.settings(),
                stack.endpoints().sqs(), clock);
        HttpApiServer httpApi = HttpApiServer.start(httpPort, List.copyOf(functions.values()), stack.settings(), schedules,
                site);
        PollerGroup group = new PollerGroup(pollers);
        group.start();
        timer.start(timed);
        return new LocalLambda(functions, httpApi, group, schedules, timer, topics);
    }

    private static SqsClient sqsActingAs(LambdaFunction function, EmbeddedStack stack) {
        return ActingFunction.as(function.role(), () -> LocalClients.sqs(stack.endpoints().sqs(), stack.settings().region()));
    }

    public URI httpApiUrl() {
        return httpApi.url();
    }

    /** Each served route with its function, most specific first. */
    public List<String> routes() {
        return httpApi.routes();
    }

    /** Whether the HTTP API serves {@code method} on {@code pathTemplate}, whatever its path variables are called. */
    public boolean servesRoute(String method, String pathTemplate) {
        return httpApi.serves(method, pathTemplate);
    }

    public List<EventSourcePoller> pollers() {
        return pollers.pollers();
    }

    /** Each Schedule and ScheduleV2 event, such as {@code EscalationFunction: Hourly rate(1 hour)}. */
    public List<String> schedules() {
        return schedules.schedules().stream().map(ScheduleTriggers.Scheduled::description).toList();
    }

    /** Each function's subscription to a topic, such as {@code arn:aws:sns:...:alarms -> PagerFunction (Alarms)}. */
    public List<String> topicSubscriptions() {
        return topics.subscriptions();
    }

    /**
     * Invokes the function as its (first) schedule firing now would: with the event's Input, or EventBridge's
     * scheduled event. Works for disabled schedules too. Returns the function's result as JSON.
     *
     * @throws IllegalArgumentException when the function has no Schedule or ScheduleV2 event
     * @throws FunctionFailure          when the function throws
     */
    public String triggerSchedule(String functionLogicalId) {
        return schedules.trigger(functionLogicalId);
    }

    /**
     * Publishes {@code message} to one of the template's AWS::SNS::Topic resources: every function with an SNS
     * event on it gets an SNSEvent, one after the other, before this returns.
     */
    public TopicPublication publishToTopic(String topicLogicalId, String message) {
        return publishToTopic(topicLogicalId, message, Map.of());
    }

    /** As {@link #publishToTopic(String, String)}, with String message attributes for attribute filter policies. */
    public TopicPublication publishToTopic(String topicLogicalId, String message, Map<String, String> messageAttributes) {
        return topics.publish(topicLogicalId, message, messageAttributes);
    }

    /** Every function of the template, in template order. */
    public List<LambdaFunction> functions() {
        return List.copyOf(functions.values());
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
        timer.close();
        httpApi.close();
        pollers.close();
    }
}
