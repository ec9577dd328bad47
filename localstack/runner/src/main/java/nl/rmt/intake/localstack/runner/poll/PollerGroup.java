package nl.rmt.intake.localstack.runner.poll;

import java.time.Duration;
import java.util.List;

/** All event source pollers of the local runtime, started and stopped together. */
public final class PollerGroup implements AutoCloseable {

    /** Long enough for every poller to have looked at its source twice. */
    private static final int CYCLES_TO_BE_SURE = 2;
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(50);

    private final List<EventSourcePoller> pollers;

    public PollerGroup(List<EventSourcePoller> pollers) {
        this.pollers = List.copyOf(pollers);
    }

    public void start() {
        pollers.forEach(EventSourcePoller::start);
    }

    public List<EventSourcePoller> pollers() {
        return pollers;
    }

    /**
     * Waits until every poller has completed {@value #CYCLES_TO_BE_SURE} poll cycles while nothing was
     * delivered anywhere and each was idle, so that work one function leaves for another is seen too.
     *
     * @return false if {@code timeout} passed first
     */
    public boolean awaitQuiet(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long[] cyclesWhenQuietBegan = null;
        long deliveriesWhenQuietBegan = -1;
        while (System.nanoTime() < deadline) {
            long deliveries = deliveries();
            if (!allIdle() || deliveries != deliveriesWhenQuietBegan) {
                cyclesWhenQuietBegan = cycles();
                deliveriesWhenQuietBegan = deliveries;
            } else if (everyPollerAdvanced(cyclesWhenQuietBegan)) {
                return true;
            }
            sleep(CHECK_INTERVAL);
        }
        return false;
    }

    /** What is still busy, for the message when {@link #awaitQuiet} times out. */
    public List<String> busy() {
        return pollers.stream().filter(poller -> !poller.isIdle()).map(EventSourcePoller::description).toList();
    }

    @Override
    public void close() {
        pollers.forEach(EventSourcePoller::close);
    }

    private boolean allIdle() {
        return pollers.stream().allMatch(EventSourcePoller::isIdle);
    }

    private long deliveries() {
        return pollers.stream().mapToLong(EventSourcePoller::deliveries).sum();
    }

    private long[] cycles() {
        return pollers.stream().mapToLong(EventSourcePoller::completedCycles).toArray();
    }

    private boolean everyPollerAdvanced(long[] since) {
        long[] now = cycles();
        for (int i = 0; i < now.length; i++) {
            if (now[i] < since[i] + CYCLES_TO_BE_SURE) {
                return false;
            }
        }
        return true;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the pollers", e);
        }
    }
}
