package nl.rmt.intake.handlers.schedule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** A scheduled run's counts as the JSON object the runtime wrote for the map before: {@code {"escalated":2}}. */
final class Counts {

    private static final JsonFactory JSON = new JsonFactory();

    private Counts() {
    }

    static void write(Map<String, Integer> counts, OutputStream output) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(output)) {
            if (counts == null) {
                json.writeNull();
                return;
            }
            json.writeStartObject();
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                json.writeFieldName(count.getKey());
                if (count.getValue() == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(count.getValue());
                }
            }
            json.writeEndObject();
        }
    }
}
