package nl.rmt.intake.observability.logging;

import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.helpers.ThreadLocalMapOfStacks;
import org.slf4j.spi.MDCAdapter;

/**
 * The log context (MDC) of the current thread only. SLF4J's basic adapter hands a thread's context to every thread
 * it starts, so a pool started during one invocation would write that invocation's request id on its lines for as
 * long as the container lives; here a new thread starts with no context.
 */
final class ThreadOnlyContext implements MDCAdapter {

    private final ThreadLocal<Map<String, String>> fields = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocalMapOfStacks stacks = new ThreadLocalMapOfStacks();

    @Override
    public void put(String key, String value) {
        if (key == null) {
            throw new IllegalArgumentException("key cannot be null");
        }
        fields.get().put(key, value);
    }

    @Override
    public String get(String key) {
        return fields.get().get(key);
    }

    @Override
    public void remove(String key) {
        fields.get().remove(key);
    }

    @Override
    public void clear() {
        fields.get().clear();
    }

    /** @return a copy, or null when the thread has no context (as SLF4J's basic adapter answers) */
    @Override
    public Map<String, String> getCopyOfContextMap() {
        Map<String, String> current = fields.get();
        return current.isEmpty() ? null : new HashMap<>(current);
    }

    @Override
    public void setContextMap(Map<String, String> contextMap) {
        Map<String, String> current = fields.get();
        current.clear();
        if (contextMap != null) {
            current.putAll(contextMap);
        }
    }

    @Override
    public void pushByKey(String key, String value) {
        stacks.pushByKey(key, value);
    }

    @Override
    public String popByKey(String key) {
        return stacks.popByKey(key);
    }

    @Override
    public Deque<String> getCopyOfDequeByKey(String key) {
        return stacks.getCopyOfDequeByKey(key);
    }

    @Override
    public void clearDequeByKey(String key) {
        stacks.clearDequeByKey(key);
    }
}
