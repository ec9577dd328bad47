package nl.rmt.intake.partner;

/**
 * The messageIds a partner has handled. SQS FIFO drops a duplicate only within five minutes and redelivers a
 * message whose delete was lost, so a consumer must recognise a messageId it has seen before.
 */
public interface ProcessedMessages {

    boolean contains(String messageId);

    void add(String messageId);
}
