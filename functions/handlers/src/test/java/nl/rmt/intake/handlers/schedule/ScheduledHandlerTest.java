package nl.rmt.intake.handlers.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ScheduledHandlerTest {

    @Test
    void theStreamEntryLeavesTheEventUnreadAndWritesTheCountsAsTheRuntimeDid() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("escalated", 2);
        counts.put("checked", 0);
        AtomicReference<Map<String, Object>> passed = new AtomicReference<>();
        ScheduledHandler handler = (event, context) -> {
            passed.set(event);
            return counts;
        };
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream runtimes = new ByteArrayOutputStream();

        handler.handleRequest(scheduledEvent(), ours, null);
        JacksonFactory.getInstance().getSerializer(Map.class).toJson(counts, runtimes);

        assertThat(passed.get()).isEmpty();
        assertThat(ours.toString(StandardCharsets.UTF_8)).isEqualTo(runtimes.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"escalated\":2,\"checked\":0}");
    }

    @Test
    void noCountsAreWrittenAsNull() throws IOException {
        ScheduledHandler handler = (event, context) -> null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        handler.handleRequest(scheduledEvent(), out, null);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("null");
    }

    private static InputStream scheduledEvent() {
        return new ByteArrayInputStream("{\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\",\"detail\":{}}"
                .getBytes(StandardCharsets.UTF_8));
    }
}
