package nl.rmt.intake.localstack.runner.testfunctions;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Which keys (message groups, partition keys) two invocations held at once, and the most that ran at once. */
public final class Overlaps {

    private final List<String> keysInTwoInvocations = new CopyOnWriteArrayList<>();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Set<String> keysInFlight = ConcurrentHashMap.newKeySet();
    private final AtomicInteger running = new AtomicInteger();

    /** Runs one invocation holding {@code keys}. */
    public <T> T during(Set<String> keys, Supplier<T> invocation) {
        keys.stream().filter(key -> !keysInFlight.add(key)).forEach(keysInTwoInvocations::add);
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            return invocation.get();
        } finally {
            running.decrementAndGet();
            keysInFlight.removeAll(keys);
        }
    }

    public List<String> keysInTwoInvocations() {
        return List.copyOf(keysInTwoInvocations);
    }

    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    public void clear() {
        keysInTwoInvocations.clear();
        mostAtOnce.set(0);
    }
}
