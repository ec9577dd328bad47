package nl.rmt.intake.handlers.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.FieldNames;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.UnreadableField;
import nl.rmt.intake.json.Json;

/**
 * Reads a JSON request body field by field with the types the OpenAPI document gives them, and collects every
 * field it cannot read instead of stopping at the first: an unknown key, a key named like a BSN (the service
 * never collects one), a value of the wrong type. No coercion: a boolean is {@code true} or {@code false}, never
 * {@code "true"}, {@code 1} or {@code "0"}; a string is never a number. A missing field or {@code null} reads as null.
 */
public final class JsonFieldReader {

    // A repeated key would let two readers of one body see two different documents.
    private static final ObjectMapper READER = Json.MAPPER.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final List<UnreadableField> unreadable = new ArrayList<>();

    /**
     * Reads a body as one JSON object, each key at most once. An unreadable body (not JSON, not an object, a
     * repeated key, nesting or numbers beyond the parser's limits) reads as empty.
     */
    public static Optional<JsonNode> object(String body) {
        try {
            JsonNode tree = READER.readTree(body);
            return tree != null && tree.isObject() ? Optional.of(tree) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The unreadable fields' errors first, then each of {@code others} that is not about one of those fields. */
    public List<FieldError> withOthers(Language language, List<FieldError> others) {
        List<FieldError> errors = new ArrayList<>(unreadable.stream().map(field -> field.inLanguage(language)).toList());
        others.stream()
                .filter(error -> unreadable.stream().noneMatch(field -> field.field().equals(error.field())))
                .forEach(errors::add);
        return errors;
    }

    /** Every field that could not be read, in the order met. */
    public List<UnreadableField> unreadable() {
        return List.copyOf(unreadable);
    }

    /** Reports each key of {@code object} that is not in {@code known}; {@code null} allows any key but a BSN's. */
    public void onlyKeys(JsonNode object, String path, Set<String> known) {
        object.fieldNames().forEachRemaining(key -> {
            if (BsnNames.isBsnName(key)) {
                unreadable.add(new UnreadableField(join(path, FieldNames.shown(key)), ErrorCode.BSN_NOT_ALLOWED, null));
            } else if (known != null && !known.contains(key)) {
                unreadable.add(new UnreadableField(join(path, FieldNames.shown(key)), ErrorCode.UNKNOWN_FIELD, null));
            }
        });
    }

    public String string(JsonNode object, String path, String key) {
        JsonNode value = present(object, key);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            return wrongType(join(path, key), "string");
        }
        return value.textValue();
    }

    public Boolean bool(JsonNode object, String path, String key) {
        JsonNode value = present(object, key);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            return wrongType(join(path, key), "boolean");
        }
        return value.booleanValue();
    }

    /**
     * A whole number ({@code 40}, never {@code 40.0} or {@code "40"}). One beyond what an int holds reads as the
     * int's extreme, so that the field's range check refuses it.
     */
    public Integer integer(JsonNode object, String path, String key) {
        JsonNode value = present(object, key);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            return wrongType(join(path, key), "integer");
        }
        if (!value.canConvertToInt()) {
            return value.bigIntegerValue().signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        return value.intValue();
    }

    /** @return the object, or null when it is missing, null or not an object (then reported) */
    public JsonNode object(JsonNode object, String path, String key) {
        JsonNode value = present(object, key);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            return wrongType(join(path, key), "object");
        }
        return value;
    }

    /** An array of strings; an element of another type is reported by its index. */
    public List<String> strings(JsonNode object, String path, String key) {
        JsonNode value = present(object, key);
        if (value == null) {
            return null;
        }
        String field = join(path, key);
        if (!value.isArray()) {
            return wrongType(field, "array");
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isTextual()) {
                strings.add(element.textValue());
            } else {
                wrongType(field + "[" + i + "]", "string");
                strings.add(null);
            }
        }
        return strings;
    }

    /** An object whose values are booleans; a key named like a BSN or a value of another type is reported. */
    public Map<String, Boolean> booleans(JsonNode object, String path, String key) {
        JsonNode value = object(object, path, key);
        if (value == null) {
            return null;
        }
        String field = join(path, key);
        onlyKeys(value, field, null);
        Map<String, Boolean> booleans = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> {
            if (BsnNames.isBsnName(entry.getKey())) {
                return;
            }
            if (entry.getValue().isBoolean() || entry.getValue().isNull()) {
                booleans.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().booleanValue());
            } else {
                wrongType(join(field, FieldNames.shown(entry.getKey())), "boolean");
            }
        });
        return booleans;
    }

    private static JsonNode present(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value == null || value.isNull() ? null : value;
    }

    private <T> T wrongType(String field, String expected) {
        unreadable.add(new UnreadableField(field, ErrorCode.INVALID_TYPE, expected));
        return null;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
