package nl.rmt.intake.localstack.function;

import java.util.Optional;

/**
 * An {@code SNS} event: the function subscribes to a topic.
 *
 * @param topicArn          what the event's {@code Topic} resolves to
 * @param filterPolicy      the subscription's FilterPolicy as JSON, if any
 * @param filterOnBody      whether {@code FilterPolicyScope} is {@code MessageBody} (else message attributes)
 * @param viaQueue          whether {@code SqsSubscription} is set: on AWS an SQS queue sits between topic and function
 */
public record SnsTopicSource(String name, String topicArn, Optional<String> filterPolicy, boolean filterOnBody,
                             boolean viaQueue) implements FunctionEvent {
}
