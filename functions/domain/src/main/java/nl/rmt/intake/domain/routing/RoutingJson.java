package nl.rmt.intake.domain.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/** Reads one routing data file strictly: a typo in a key must fail the build, not be silently ignored. */
final class RoutingJson {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private RoutingJson() {
    }

    static <T> T parse(InputStream in, Class<T> shape, String fileName) {
        if (in == null) {
            throw new RoutingDataException(fileName + ": not found");
        }
        try (in) {
            T value = STRICT.readValue(in, shape);
            if (value == null) {
                throw new RoutingDataException(fileName + ": empty");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new RoutingDataException(fileName + ": " + e.getOriginalMessage() + at(e), e);
        } catch (JsonProcessingException e) {
            throw new RoutingDataException(fileName + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RoutingDataException(fileName + ": cannot be read", e);
        }
    }

    private static String at(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : " (at " + path + ")";
    }
}
