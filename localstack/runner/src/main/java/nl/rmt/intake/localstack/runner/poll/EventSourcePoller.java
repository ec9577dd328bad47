package nl.rmt.intake.localstack.runner.poll;

/** One event source mapping, polled on its own thread the way Lambda's pollers read a stream or queue. */
public interface EventSourcePoller extends AutoCloseable {

    void start();

    /**
     * Whether the last completed poll found nothing new and nothing is being invoked, retried or
     * waiting to be redelivered.
     */
    boolean isIdle();

    /** Poll cycles completed so far; lets a waiter see that a poll happened after it started looking. */
    long completedCycles();

    /** Records or messages handed to the function so far, counting retries. */
    long deliveries();

    /** Source and function, for messages about what is still busy. */
    String description();

    @Override
    void close();
}
