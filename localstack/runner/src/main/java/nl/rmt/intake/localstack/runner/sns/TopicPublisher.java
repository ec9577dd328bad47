package nl.rmt.intake.localstack.runner.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rmt.intake.localstack.function.SnsTopicSource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.runner.filter.EventFilter;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import nl.rmt.intake.localstack.template.StackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a message published to one of the template's topics to every function with an {@code SNS} event on
 * it whose FilterPolicy lets it through, one at a time, before returning. On AWS the deliveries run
 * asynchronously and in parallel, with retries.
 */
public final class TopicPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(TopicPublisher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Subscription(LambdaFunction function, SnsTopicSource source, EventFilter filter, String arn) {
    }

    private final List<Subscription> subscriptions;
    private final ProvisionedResources resources;
    private final StackSettings stack;
    private final Clock clock;

    public TopicPublisher(Collection<LambdaFunction> functions, ProvisionedResources resources, StackSettings stack,
                          Clock clock) {
        List<Subscription> found = new ArrayList<>();
        for (LambdaFunction function : functions) {
            for (SnsTopicSource source : function.definition().events(SnsTopicSource.class)) {
                if (source.viaQueue()) {
                    LOG.info("{}: SNS event {} has SqsSubscription; delivered directly, without the queue SAM adds",
                            function.definition().logicalId(), source.name());
                }
                String arn = source.topicArn() + ":" + UUID.nameUUIDFromBytes(
                        (function.definition().logicalId() + "/" + source.name()).getBytes(StandardCharsets.UTF_8));
                found.add(new Subscription(function, source, EventFilter.of(source.filterPolicy().stream().toList()), arn));
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
            try {
                subscription.function().invoke(SnsEvents.event(subscription.arn(), topicArn, messageId, message,
                        attributes, clock.instant(), stack.region()));
            } catch (FunctionFailure e) {
                failed.add(functionId);
            }
        }
        LOG.info("{}: message {} delivered to {} function(s), {} failed", topicLogicalId, messageId, invoked.size(), failed.size());
        return new TopicPublication(messageId, invoked, failed);
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
