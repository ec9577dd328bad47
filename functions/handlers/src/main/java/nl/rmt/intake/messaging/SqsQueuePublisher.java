package nl.rmt.intake.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import nl.rmt.intake.application.QueuePublisher;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends to FIFO queues found by name. URLs are looked up (once per queue per container) rather than built, so
 * the same code works wherever the queue service is: AWS, LocalStack or ElasticMQ.
 */
public final class SqsQueuePublisher implements QueuePublisher {

    private final SqsClient sqs;
    private final UnaryOperator<String> queueNames;
    private final Map<String, String> queueUrls = new ConcurrentHashMap<>();

    public SqsQueuePublisher(SqsClient sqs, UnaryOperator<String> queueNames) {
        this.sqs = sqs;
        this.queueNames = queueNames;
    }

    @Override
    public String publish(String queue, String groupId, String deduplicationId, String body) {
        return sqs.sendMessage(request -> request
                        .queueUrl(queueUrl(queue))
                        .messageGroupId(groupId)
                        .messageDeduplicationId(deduplicationId)
                        .messageBody(body))
                .messageId();
    }

    private String queueUrl(String queue) {
        return queueUrls.computeIfAbsent(queue,
                name -> sqs.getQueueUrl(request -> request.queueName(queueNames.apply(name))).queueUrl());
    }
}
