package nl.rmt.intake.localstack.runner.poll;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop every poller shares: poll, and when a poll found nothing to do, pause briefly. State is only
 * touched by the polling thread; what other threads read is published through volatile fields.
 */
public abstract class PollingThread implements EventSourcePoller {

    private static final Logger LOG = LoggerFactory.getLogger(PollingThread.class);
    /** Lambda polls a stream shard about four times a second; a little faster keeps tests short. */
    private static final Duration PAUSE_WHEN_NOTHING_TO_DO = Duration.ofMillis(100);
    private static final Duration PAUSE_AFTER_ERROR = Duration.ofSeconds(1);

    private final Thread thread;
    private final AtomicLong cycles = new AtomicLong();
    private final AtomicLong deliveries = new AtomicLong();
    private volatile boolean running;
    private volatile boolean idle;

    protected PollingThread(String name) {
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
    }

    /** One poll; returns whether it did anything, in which case the next follows at once. */
    protected abstract boolean pollOnce();

    /** Whether, after the poll just completed, nothing is buffered, retried or waiting to be redelivered. */
    protected abstract boolean idleAfterCycle();

    /** Called by subclasses for every record or message they hand to the function. */
    protected final void countDeliveries(int count) {
        deliveries.addAndGet(count);
    }

    @Override
    public final void start() {
        running = true;
        thread.start();
    }

    @Override
    public final boolean isIdle() {
        return idle;
    }

    @Override
    public final long completedCycles() {
        return cycles.get();
    }

    @Override
    public final long deliveries() {
        return deliveries.get();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }

    private void loop() {
        while (running) {
            boolean worked;
            try {
                // idle keeps its last value during the poll: deliveries and cycles tell a waiter about the rest.
                worked = pollOnce();
                idle = !worked && idleAfterCycle();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("{}: poll failed, trying again shortly", description(), e);
                idle = false;
                pause(PAUSE_AFTER_ERROR);
                continue;
            }
            cycles.incrementAndGet();
            if (!worked) {
                pause(PAUSE_WHEN_NOTHING_TO_DO);
            }
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
