package nl.rmt.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SqsQueuePublisherTest {

    private static SqsQueuePublisher publisher;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        publisher = new SqsQueuePublisher(LocalStack.stack().sqs(), new QueueNames(System.getProperty("QUEUE_NAME_PREFIX")));
    }

    @Test
    void findsTheQueueByItsBaseNameAndDeliversTheBody() {
        String caseId = UUID.randomUUID().toString();

        String messageId = publisher.publish("desk-am05", caseId, caseId + ":rmt-am05", "{\"caseId\":\"" + caseId + "\"}");

        var messages = LocalStack.takeAllFor("desk-am05", caseId);
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(messageId);
            assertThat(message.attributesAsStrings()).containsEntry("MessageGroupId", caseId);
            assertThat(message.attributesAsStrings()).containsEntry("MessageDeduplicationId", caseId + ":rmt-am05");
        });
    }

    @Test
    void dropsARepeatedSendWithTheSameDeduplicationId() {
        String caseId = UUID.randomUUID().toString();

        publisher.publish("desk-am07", caseId, caseId + ":rmt-am07", "{\"caseId\":\"" + caseId + "\"}");
        publisher.publish("desk-am07", caseId, caseId + ":rmt-am07", "{\"caseId\":\"" + caseId + "\"}");

        assertThat(LocalStack.takeAllFor("desk-am07", caseId)).hasSize(1);
    }
}
