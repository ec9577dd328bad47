package nl.rmt.intake.handlers.http;

import java.io.IOException;
import java.util.Optional;
import nl.rmt.intake.json.Json;

/** Request bodies read as JSON documents; anything that is not one (also a bare {@code null}) reads as empty. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static <T> Optional<T> read(String body, Class<T> type) {
        try {
            return Optional.ofNullable(Json.MAPPER.readValue(body, type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
