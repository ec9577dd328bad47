package nl.rmt.intake.localstack.runner.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.rmt.intake.localstack.LocalClients;
import nl.rmt.intake.localstack.iam.ActingFunction;
import nl.rmt.intake.localstack.function.SnsTopicSource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.runner.filter.EventFilter;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import nl.rmt.intake.localstack.template.StackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Delivers a message published to one of the template's topics to every function with an {@code SNS} event on
 * it whose FilterPolicy lets it through, one at a time, before returning. On AWS the deliveries run
 * asynchronously and in parallel. As Lambda does with an asynchronous event, a failing function is tried three times
 * in all, then the event goes to its SQS DeadLetterQueue, sent with the function's role.
 */
public final class TopicPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(TopicPublisher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Subscription(LambdaFunction function, SnsTopicSource source, EventFilter filter, String arn,
                                Optional<DeadLetters> deadLetters) {
    }

    /** Where Lambda puts an asynchronous event that failed every attempt, sending with the function's role. */
    private record DeadLetters(SqsClient sqs, String queueUrl) {
    }

    /** Lambda tries an asynchronous event this many times in all (the first try and two retries). */
    private static final int ASYNC_ATTEMPTS = 3;

    private final List<Subscription> subscriptions;
    private final ProvisionedResources resources;
    private final StackSettings stack;
    private final Clock clock;

    public TopicPublisher(Collection<LambdaFunction> functions, ProvisionedResources resources, StackSettings stack,
                          URI sqsEndpoint, Clock clock) {
        List<Subscription> found = new ArrayList<>();
        for (LambdaFunction function : functions) {
            for (SnsTopicSource source : function.definition().events(SnsTopicSource.class)) {
                if (source.viaQueue()) {
                    LOG.info("{}: SNS event {} has SqsSubscription; delivered directly, without the queue SAM adds",
                            function.definition().logicalId(), source.name());
                }
                String arn = source.topicArn() + ":" + UUID.nameUUIDFromBytes(
                        (function.definition().logicalId() + "/" + source.name()).getBytes(StandardCharsets.UTF_8));
                Optional<DeadLetters> deadLetters = function.definition().deadLetterQueueArn()
                        .flatMap(resources::queueUrlForArn)
                        .map(url -> new DeadLetters(ActingFunction.as(function.role(),
                                () -> LocalClients.sqs(sqsEndpoint, stack.region())), url));
                found.add(new Subscription(function, source, EventFilter.of(source.filterPolicy().stream().toList()), arn,
                        deadLetters));
            }
        }
        this.subscriptions = List.copyOf(found);
        this.resources = resources;
        this.stack = stack;
        this.clock = clock;
    }

    /** Each subscription, such as {@code AlarmTopic -> PagerFunction (Alarms)}. */
    public List<String> subscriptions() {
        return subscriptions.stream().map(subscription -> subscription.source().topicArn() + " -> "
                + subscription.function().definition().logicalId() + " (" + subscription.source().name() + ")").toList();
    }

    /**
     * @param attributes String message attributes, which an attribute-scoped FilterPolicy matches on
     * @throws IllegalArgumentException when the template has no such topic
     */
    public TopicPublication publish(String topicLogicalId, String message, Map<String, String> attributes) {
        String topicArn = resources.topicArn(topicLogicalId);
        String messageId = UUID.randomUUID().toString();
        List<String> invoked = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            if (!subscription.source().topicArn().equals(topicArn) || !passes(subscription, message, attributes)) {
                continue;
            }
            String functionId = subscription.function().definition().logicalId();
            invoked.add(functionId);
            String event = SnsEvents.event(subscription.arn(), topicArn, messageId, message, attributes,
                    clock.instant(), stack.region());
            if (!invokeAsync(subscription.function(), event)) {
                failed.add(functionId);
                subscription.deadLetters().ifPresent(deadLetters -> deadLetters.sqs().sendMessage(request -> request
                        .queueUrl(deadLetters.queueUrl()).messageBody(event)));
            }
        }
        LOG.info("{}: message {} delivered to {} function(s), {} failed", topicLogicalId, messageId, invoked.size(), failed.size());
        return new TopicPublication(messageId, invoked, failed);
    }

    /** Whether one of Lambda's attempts at an asynchronous invocation succeeded. */
    private static boolean invokeAsync(LambdaFunction function, String event) {
        for (int attempt = 1; attempt <= ASYNC_ATTEMPTS; attempt++) {
            try {
                function.invoke(event);
                return true;
            } catch (FunctionFailure e) {
                LOG.info("{}: asynchronous attempt {} of {} failed", function.definition().logicalId(), attempt,
                        ASYNC_ATTEMPTS);
            }
        }
        return false;
    }

    private static boolean passes(Subscription subscription, String message, Map<String, String> attributes) {
        if (subscription.source().filterPolicy().isEmpty()) {
            return true;
        }
        if (!subscription.source().filterOnBody()) {
            ObjectNode view = JSON.createObjectNode();
            attributes.forEach(view::put);
            return subscription.filter().accepts(view);
        }
        try {
            JsonNode body = JSON.readTree(message);
            // SNS matches a body policy only against a JSON object.
            return body != null && body.isObject() && subscription.filter().accepts(body);
        } catch (IOException notJson) {
            return false;
        }
    }
}
