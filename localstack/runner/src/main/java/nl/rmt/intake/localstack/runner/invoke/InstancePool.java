package nl.rmt.intake.localstack.runner.invoke;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A function's instances, as Lambda's execution environments: each handles one invocation at a time, a new one is
 * initialised only when all existing ones are busy and the limit allows, and the most recently used idle one is
 * reused first (so a trickle of requests keeps hitting one warm instance).
 */
final class InstancePool<T> {

    private final String functionLogicalId;
    private final int limit;
    private final Supplier<T> initialise;
    private final Semaphore free;
    private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger initialised = new AtomicInteger();

    InstancePool(String functionLogicalId, int limit, Supplier<T> initialise) {
        this.functionLogicalId = functionLogicalId;
        this.limit = limit;
        this.initialise = initialise;
        this.free = new Semaphore(limit, true);
    }

    /** An instance for one invocation; waits for one to become free (as an event source mapping does). */
    T awaitInstance() {
        if (limit == 0) {
            throw new FunctionThrottled(functionLogicalId, limit);
        }
        free.acquireUninterruptibly();
        return instanceAfterPermit();
    }

    /** An instance for one invocation, or {@link FunctionThrottled} at once when all may have are busy. */
    T instanceOrThrottle() {
        if (!free.tryAcquire()) {
            throw new FunctionThrottled(functionLogicalId, limit);
        }
        return instanceAfterPermit();
    }

    /** Gives the instance back after its invocation. */
    void release(T instance) {
        idle.addFirst(instance);
        free.release();
    }

    /** The instance died with its invocation (as a runtime exit): the next invocation gets a fresh one. */
    void discard() {
        initialised.decrementAndGet();
        free.release();
    }

    /** Adds an instance made outside an invocation (the first, at load). */
    void add(T instance) {
        initialised.incrementAndGet();
        idle.addFirst(instance);
    }

    int limit() {
        return limit;
    }

    int initialised() {
        return initialised.get();
    }

    private T instanceAfterPermit() {
        T instance = idle.pollFirst();
        if (instance != null) {
            return instance;
        }
        try {
            T created = initialise.get();
            initialised.incrementAndGet();
            return created;
        } catch (RuntimeException | Error e) {
            free.release();
            throw e;
        }
    }
}
