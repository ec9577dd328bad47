package nl.rmt.intake.handlers.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pieces every event reader of this package is made of: a Lambda event read in one streaming pass with the
 * jackson-core the functions load anyway. A field of the wrong JSON type makes the invocation fail, as the runtime's
 * own reader did; the message names the kind of event, never a field's name or value, which may be a caller's.
 */
public final class EventJson {

    public static final JsonFactory JSON = new JsonFactory();

    private EventJson() {
    }

    /** A batch event's {@code Records}, each read by the reader; any other field of the event is skipped. */
    public static <T> List<T> records(InputStream input, String kind, RecordReader<T> reader) throws IOException {
        try (JsonParser json = JSON.createParser(input)) {
            List<T> records = null;
            startObject(json, json.nextToken(), kind);
            for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
                JsonToken value = json.nextToken();
                if (field.equals("Records")) {
                    records = list(json, value, kind, start -> reader.read(json, start));
                } else {
                    json.skipChildren();
                }
            }
            return records;
        }
    }

    /** A batch's partial failures, as Lambda takes them from an SQS or stream function. */
    public static void writeBatchItemFailures(List<String> identifiers, OutputStream output) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(output)) {
            json.writeStartObject();
            if (identifiers != null) {
                json.writeArrayFieldStart("batchItemFailures");
                for (String identifier : identifiers) {
                    json.writeStartObject();
                    json.writeStringField("itemIdentifier", identifier);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    /** Reads the object the parser stands on, handing each field, positioned on its value, to the reader. */
    public static void fields(JsonParser json, JsonToken start, String kind, FieldReader reader) throws IOException {
        startObject(json, start, kind);
        for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
            reader.read(field, json.nextToken());
        }
    }

    /** Reads the array the parser stands on, or null for JSON null. */
    public static <T> List<T> list(JsonParser json, JsonToken start, String kind, ElementReader<T> reader)
            throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        if (start != JsonToken.START_ARRAY) {
            throw new IOException("Not " + kind + ": an array expected");
        }
        List<T> elements = new ArrayList<>();
        for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
            elements.add(reader.read(element));
        }
        return elements;
    }

    /** An object read value by value, or null for JSON null; a later repeat of a name wins, as in the runtime's reader. */
    public static <T> Map<String, T> map(JsonParser json, JsonToken start, String kind, ElementReader<T> reader)
            throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        Map<String, T> map = new LinkedHashMap<>();
        fields(json, start, kind, (name, value) -> map.put(name, reader.read(value)));
        return map;
    }

    /** An object of texts; a scalar reads as its text, as in the runtime's reader. */
    public static Map<String, String> textMap(JsonParser json, JsonToken start, String kind) throws IOException {
        return map(json, start, kind, value -> text(json, value, kind));
    }

    public static String text(JsonParser json, JsonToken value, String kind) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!value.isScalarValue()) {
            throw new IOException("Not " + kind + ": a text expected");
        }
        return json.getText();
    }

    /** Lambda sends binary values in base64, which the runtime's reader decoded. */
    public static ByteBuffer binary(String base64, String kind) throws IOException {
        if (base64 == null) {
            return null;
        }
        try {
            return ByteBuffer.wrap(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new IOException("Not " + kind + ": a base64 value expected");
        }
    }

    private static void startObject(JsonParser json, JsonToken token, String kind) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw new IOException("Not " + kind + ": an object expected");
        }
    }

    @FunctionalInterface
    public interface FieldReader {
        void read(String field, JsonToken value) throws IOException;
    }

    @FunctionalInterface
    public interface RecordReader<T> {
        T read(JsonParser json, JsonToken start) throws IOException;
    }

    @FunctionalInterface
    public interface ElementReader<T> {
        T read(JsonToken start) throws IOException;
    }
}
