package nl.rmt.intake.handlers.events;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;

/** The Lambda runtime's own event reader and writer, which this package's readers and writers stand in for. */
final class RuntimeReader {

    private RuntimeReader() {
    }

    static <T> T read(String json, Class<T> type) {
        return LambdaEventSerializers.serializerFor(type, RuntimeReader.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    static <T> String write(T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor((Class<T>) value.getClass(), RuntimeReader.class.getClassLoader())
                .toJson(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static String fixture(String path) {
        try {
            return Files.readString(Path.of(RuntimeReader.class.getResource("/events/" + path).toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String written(IoWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    interface IoWriter {
        void write(ByteArrayOutputStream out) throws IOException;
    }
}
