package nl.rmt.intake.localstack.runner.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Reads the messages on a queue without taking them: partners consume these queues, so every message
 * is made visible again. Like any receive, a peek counts towards the queue's maxReceiveCount.
 */
final class QueuePeek {

    /** Long enough to page through a queue without seeing a message twice. */
    private static final Duration HOLD = Duration.ofSeconds(30);
    private static final int BATCH = 10;

    private final SqsClient sqs;

    QueuePeek(SqsClient sqs) {
        this.sqs = sqs;
    }

    List<Message> peek(String queueUrl) {
        List<Message> seen = new ArrayList<>();
        while (true) {
            List<Message> batch = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                    .maxNumberOfMessages(BATCH).waitTimeSeconds(0).visibilityTimeout((int) HOLD.toSeconds())).messages();
            if (batch.isEmpty()) {
                break;
            }
            seen.addAll(batch);
        }
        release(queueUrl, seen);
        return seen;
    }

    private void release(String queueUrl, List<Message> messages) {
        for (int start = 0; start < messages.size(); start += BATCH) {
            List<Message> chunk = messages.subList(start, Math.min(messages.size(), start + BATCH));
            List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i).receiptHandle()).visibilityTimeout(0).build());
            }
            sqs.changeMessageVisibilityBatch(request -> request.queueUrl(queueUrl).entries(entries));
        }
    }
}
