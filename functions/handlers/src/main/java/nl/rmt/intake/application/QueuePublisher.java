package nl.rmt.intake.application;

/** Puts messages on the FIFO queues named in the routing data. */
public interface QueuePublisher {

    /**
     * @param deduplicationId the queue drops a second message with the same id (within its dedup window)
     * @return the queue's message id
     */
    String publish(String queue, String groupId, String deduplicationId, String body);
}
