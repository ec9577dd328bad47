package nl.rmt.intake.handlers.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.FieldNames;
import nl.rmt.intake.domain.form.JsonText;
import nl.rmt.intake.domain.form.UnreadableField;
import nl.rmt.intake.handlers.http.BsnNames;

/**
 * Reads a form's JSON object token by token with the types of {@code api/openapi.yaml}, and writes its
 * {@link CanonicalJson} on the way. Like {@link nl.rmt.intake.handlers.http.JsonFieldReader} it does not stop at the
 * first problem: it collects every unknown key, every key named like a BSN and every value of the wrong type, in the
 * order that reader reports them: per object first its unknown keys as met, then its fields in the order of their
 * {@link Fields}. A missing field or {@code null} reads as null. Syntax errors, repeated keys and the parser's
 * limits throw, as they make the whole body unreadable; so does a repeated key (see {@link CanonicalJson}).
 */
final class FormJsonReader {

    /** The keys an object of the form may have, in the order their errors are reported. */
    record Fields(List<String> names) {

        Fields(String... names) {
            this(List.of(names));
        }

        int ordinal(String key) {
            return names.indexOf(key);
        }
    }

    private static final int UNKNOWN_KEY = -1;
    private static final Comparator<RankedError> REPORTING_ORDER = (a, b) -> {
        int common = Math.min(a.rank.length, b.rank.length);
        for (int i = 0; i < common; i++) {
            if (a.rank[i] != b.rank[i]) {
                return Integer.compare(a.rank[i], b.rank[i]);
            }
        }
        return a.rank.length != b.rank.length ? Integer.compare(a.rank.length, b.rank.length)
                : Integer.compare(a.sequence, b.sequence);
    };

    private final JsonParser json;
    private final String body;
    private final CanonicalJson canonical;
    // Per open object: its path, and the ordinal of the key being read (its errors' place in the answer).
    private String[] paths = new String[4];
    private int[] ordinals = new int[4];
    private int level;
    private String key;
    private List<RankedError> errors;

    /** @param body the text {@code json} reads */
    FormJsonReader(JsonParser json, String body) {
        this.json = json;
        this.body = body;
        this.canonical = CanonicalJson.start();
    }

    /** @return whether the document is a JSON object, whose keys {@link #nextKey} then reads */
    boolean startsWithObject() throws IOException {
        JsonToken token = json.nextToken();
        if (token != JsonToken.START_OBJECT) {
            return false;
        }
        canonical.write(token, json);
        enter("");
        return true;
    }

    /** @return the next key of the object being read, or null at its end */
    String nextKey(Fields fields) throws IOException {
        if (next() == JsonToken.END_OBJECT) {
            level--;
            return null;
        }
        key = json.currentName();
        ordinals[level - 1] = fields.ordinal(key);
        return key;
    }

    /** Reports the key just read as unknown, or as named like a BSN, and passes over its value. */
    void unknownKey() throws IOException {
        ordinals[level - 1] = UNKNOWN_KEY;
        report(join(paths[level - 1], FieldNames.shown(key)),
                BsnNames.isBsnName(key) ? ErrorCode.BSN_NOT_ALLOWED : ErrorCode.UNKNOWN_FIELD, null);
        skipValue(next());
    }

    /** @return whether the value is an object, whose keys {@link #nextKey} then reads; {@code path} is its field path */
    boolean enterObject(String path) throws IOException {
        JsonToken token = next();
        if (token == JsonToken.START_OBJECT) {
            enter(path);
            return true;
        }
        wrongType(token, "object");
        return false;
    }

    String string() throws IOException {
        JsonToken token = next();
        if (token == JsonToken.VALUE_STRING) {
            return json.getText();
        }
        return wrongType(token, "string");
    }

    /** A string as a window of the body, for a text that may be long: no string is made of it. */
    JsonText text() throws IOException {
        JsonToken token = json.nextToken();
        if (token == JsonToken.VALUE_STRING) {
            JsonText text = literalHere();
            canonical.write(text);
            return text;
        }
        canonical.write(requireToken(token), json);
        return wrongType(token, "string");
    }

    Boolean bool() throws IOException {
        JsonToken token = next();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        return wrongType(token, "boolean");
    }

    /** An array of strings; an element of another type (null too) is reported by its index and reads as null. */
    List<String> strings() throws IOException {
        JsonToken token = next();
        if (token != JsonToken.START_ARRAY) {
            return wrongType(token, "array");
        }
        String field = join(paths[level - 1], key);
        List<String> strings = new ArrayList<>();
        for (token = next(); token != JsonToken.END_ARRAY; token = next()) {
            if (token == JsonToken.VALUE_STRING) {
                strings.add(json.getText());
            } else {
                report(field + "[" + strings.size() + "]", ErrorCode.INVALID_TYPE, "string");
                skipValue(token);
                strings.add(null);
            }
        }
        return strings;
    }

    /** An object of booleans (or nulls) under any keys; a key named like a BSN or a value of another type is reported. */
    Map<String, Boolean> booleans() throws IOException {
        String field = join(paths[level - 1], key);
        if (!enterObject(field)) {
            return null;
        }
        Map<String, Boolean> booleans = new LinkedHashMap<>();
        for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
            String name = json.currentName();
            if (BsnNames.isBsnName(name)) {
                ordinals[level - 1] = UNKNOWN_KEY;
                report(join(field, FieldNames.shown(name)), ErrorCode.BSN_NOT_ALLOWED, null);
                skipValue(next());
                continue;
            }
            ordinals[level - 1] = 0;
            JsonToken value = next();
            if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE || value == JsonToken.VALUE_NULL) {
                booleans.put(name, value == JsonToken.VALUE_NULL ? null : value == JsonToken.VALUE_TRUE);
            } else {
                report(join(field, FieldNames.shown(name)), ErrorCode.INVALID_TYPE, "boolean");
                skipValue(value);
            }
        }
        level--;
        return booleans;
    }

    /** Every field that could not be read, in reporting order. */
    List<UnreadableField> unreadable() {
        if (errors == null) {
            return List.of();
        }
        errors.sort(REPORTING_ORDER);
        return errors.stream().map(RankedError::field).toList();
    }

    /** @see CanonicalJson#fingerprint */
    String fingerprint(String region) {
        return canonical.fingerprint(region);
    }

    private JsonToken next() throws IOException {
        JsonToken token = requireToken(json.nextToken());
        canonical.write(token, json);
        return token;
    }

    private JsonToken requireToken(JsonToken token) throws JsonEOFException {
        if (token == null) {
            throw new JsonEOFException(json, null, "The body ends inside an object");
        }
        return token;
    }

    /**
     * The string the parser stands on, in the body (for a body given as text the parser tells where its characters
     * start). The parser checks a literal's syntax only when it passes over it, after this: so the window is taken
     * only of a well-formed literal, and a malformed one is left to the parser to refuse.
     */
    private JsonText literalHere() throws IOException {
        long start = json instanceof ParserBase parser ? parser.getTokenCharacterOffset() : -1;
        if (start > 0 && start < body.length() && body.charAt((int) start - 1) == '"') {
            JsonText window = JsonText.literal(body, (int) start);
            if (window != null) {
                return window;
            }
        }
        // The parser reads it whole: it refuses a malformed literal, and the body is unreadable, as any other.
        return JsonText.of(json.getText());
    }

    private void enter(String path) {
        if (level == paths.length) {
            paths = Arrays.copyOf(paths, level * 2);
            ordinals = Arrays.copyOf(ordinals, level * 2);
        }
        paths[level] = path;
        level++;
    }

    /** Reports a value of the wrong type (null is none: a missing value) and passes over it. */
    private <T> T wrongType(JsonToken token, String expected) throws IOException {
        if (token != JsonToken.VALUE_NULL) {
            report(join(paths[level - 1], key), ErrorCode.INVALID_TYPE, expected);
            skipValue(token);
        }
        return null;
    }

    /** Reads on to the end of the value that starts with {@code token}, for the canonical form only. */
    private void skipValue(JsonToken token) throws IOException {
        if (!token.isStructStart()) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken inner = next();
            if (inner.isStructStart()) {
                depth++;
            } else if (inner.isStructEnd()) {
                depth--;
            }
        }
    }

    private void report(String field, ErrorCode code, String expected) {
        if (errors == null) {
            errors = new ArrayList<>();
        }
        errors.add(new RankedError(Arrays.copyOf(ordinals, level), errors.size(),
                new UnreadableField(field, code, expected)));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** @param rank the ordinals of the keys down to the field, then its place among the errors met */
    private record RankedError(int[] rank, int sequence, UnreadableField field) {
    }
}
