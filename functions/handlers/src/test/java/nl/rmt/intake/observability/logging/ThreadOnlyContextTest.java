package nl.rmt.intake.observability.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ThreadOnlyContextTest {

    private final ThreadOnlyContext context = new ThreadOnlyContext();

    @Test
    void aThreadStartedDuringAnInvocationDoesNotCarryThatInvocationsRequestId() throws InterruptedException {
        context.put("function_request_id", "req-first");
        AtomicReference<Map<String, String>> seenByNewThread = new AtomicReference<>(Map.of("unset", "yes"));

        Thread pool = new Thread(() -> seenByNewThread.set(context.getCopyOfContextMap()));
        pool.start();
        pool.join();

        assertThat(seenByNewThread.get()).isNull();
        assertThat(context.get("function_request_id")).isEqualTo("req-first");
    }

    @Test
    void theCopyIsDetachedAndAnEmptyContextIsNull() {
        assertThat(context.getCopyOfContextMap()).isNull();
        context.put("correlation_id", "case-1");

        Map<String, String> copy = context.getCopyOfContextMap();
        context.remove("correlation_id");

        assertThat(copy).containsEntry("correlation_id", "case-1");
        assertThat(context.getCopyOfContextMap()).isNull();
    }

    @Test
    void setContextMapReplacesTheWholeContext() {
        context.put("stale", "x");

        context.setContextMap(Map.of("correlation_id", "case-2"));

        assertThat(context.getCopyOfContextMap()).containsOnly(Map.entry("correlation_id", "case-2"));
    }
}
