package nl.rmt.intake.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import nl.rmt.intake.application.QueuePublisher;
import nl.rmt.intake.application.UndeliverableException;
import nl.rmt.intake.delivery.ServiceRejections;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends to FIFO queues found by name. URLs are looked up (once per queue per container) rather than built, so
 * the same code works wherever the queue service is: AWS, LocalStack or ElasticMQ. A message SQS refuses for
 * what it is raises {@link UndeliverableException}; every other failure is passed on to be retried.
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
        String url = queueUrl(queue);
        try {
            return sqs.sendMessage(request -> request
                            .queueUrl(url)
                            .messageGroupId(groupId)
                            .messageDeduplicationId(deduplicationId)
                            .messageBody(body))
                    .messageId();
        } catch (AwsServiceException e) {
            throw ServiceRejections.sqs(e).<RuntimeException>map(UndeliverableException::new).orElse(e);
        }
    }

    private String queueUrl(String queue) {
        return queueUrls.computeIfAbsent(queue,
                name -> sqs.getQueueUrl(request -> request.queueName(queueNames.apply(name))).queueUrl());
    }
}
