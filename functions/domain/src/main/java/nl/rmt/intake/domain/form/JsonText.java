package nl.rmt.intake.domain.form;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * A text held as the characters of one JSON string literal inside the body it came in, escapes included, and
 * decoded as it is read. A long free text (the remarks) is then never copied into a string of its own on its way
 * from the request through the checks into the stored case and the partner messages: a Java string of 1,843
 * characters with one outside Latin-1 costs 5.5 KB (its UTF-16 array and the Latin-1 copy the JDK tries first).
 * A text that is already a string ({@link #of}) is held as it is.
 *
 * <p>Reading is sequential: {@link #getChars} decodes the whole text into an array, {@link #reader} a part at a time,
 * and Jackson writes it as a JSON string from that reader ({@link #serialize}).
 */
public final class JsonText implements JsonSerializable {

    private final String source;
    private final int start;
    private final int end;
    /** Characters once decoded; fewer than {@code end - start} only when the window holds escapes. */
    private final int length;

    private JsonText(String source, int start, int end, int length) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.length = length;
    }

    /** The text itself; null stays null. */
    public static JsonText of(String text) {
        return text == null ? null : new JsonText(text, 0, text.length(), text.length());
    }

    /**
     * The string literal whose first character (after its opening quote) is at {@code contentStart} in {@code json},
     * or null when it is not a well-formed one: unclosed, or with an escape JSON does not have. The text comes from a
     * request, and its parser has not read the literal yet: the caller lets the parser refuse a malformed one.
     */
    public static JsonText literal(String json, int contentStart) {
        // From escape to escape (a literal has few), so that the runs between them are searched, not walked.
        int decodedLess = 0;
        int at = contentStart;
        int quote = json.indexOf('"', at);
        for (int escape = json.indexOf('\\', at); quote >= 0 && escape >= 0 && escape < quote;
                escape = json.indexOf('\\', at)) {
            int escapeLength = wellFormedEscapeLength(json, escape);
            if (escapeLength < 0) {
                return null;
            }
            decodedLess += escapeLength - 1;
            at = escape + escapeLength;
            if (at > quote) {
                quote = json.indexOf('"', at);
            }
        }
        return quote < 0 ? null : new JsonText(json, contentStart, quote, quote - contentStart - decodedLess);
    }

    /** The number of UTF-16 characters of the decoded text. */
    public int length() {
        return length;
    }

    /** Decodes the text into {@code into} from index {@code at}, which must have room for {@link #length()}. */
    public void getChars(char[] into, int at) {
        decode(start, into, at, length);
    }

    /** The decoded text, a part at a time; it never splits a surrogate pair unless asked for one character. */
    public Reader reader() {
        return new Decoder();
    }

    /** The part from character {@code from} to character {@code to} (exclusive) of the decoded text. */
    public JsonText part(int from, int to) {
        if (from == 0 && to == length) {
            return this;
        }
        if (length == end - start) {
            return new JsonText(source, start + from, start + to, to - from);
        }
        Decoder decoder = new Decoder();
        decoder.skip(from);
        int partStart = decoder.at;
        decoder.skip(to - from);
        return new JsonText(source, partStart, decoder.at, to - from);
    }

    /** Whether the text holds nothing but white space, as {@link String#isBlank()} tells. */
    public boolean isBlank() {
        int at = start;
        while (at < end) {
            char c = source.charAt(at);
            if (c == '\\' && isEscaped()) {
                c = unescaped(source, at);
                at += escapeLength(source, at);
            } else {
                at++;
            }
            // No character beyond the Basic Multilingual Plane is white space.
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the text as a JSON string, a part at a time, without a string of it. */
    @Override
    public void serialize(JsonGenerator json, SerializerProvider serializers) throws IOException {
        json.writeString(reader(), length);
    }

    @Override
    public void serializeWithType(JsonGenerator json, SerializerProvider serializers, TypeSerializer types)
            throws IOException {
        serialize(json, serializers);
    }

    /** The decoded text as a string of its own, for a reader that needs one (not the intake's path). */
    @Override
    public String toString() {
        if (length == end - start) {
            return source.substring(start, end);
        }
        char[] chars = new char[length];
        getChars(chars, 0);
        return new String(chars);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonText text && length == text.length && toString().equals(text.toString());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(toString());
    }

    /**
     * Decodes the window from {@code from} (a position in the source) into {@code into} at {@code offset}, until
     * {@code count} characters are written or the window ends, and returns where it stopped in the source.
     */
    private int decode(int from, char[] into, int offset, int count) {
        int at = from;
        int written = 0;
        while (written < count && at < end) {
            int escape = isEscaped() ? source.indexOf('\\', at) : -1;
            int runEnd = escape < 0 || escape >= end ? end : escape;
            int run = Math.min(runEnd - at, count - written);
            source.getChars(at, at + run, into, offset + written);
            at += run;
            written += run;
            if (written < count && at == escape) {
                into[offset + written++] = unescaped(source, at);
                at += escapeLength(source, at);
            }
        }
        return at;
    }

    /** Reads the window from its start, decoding an escape as it meets one. */
    private final class Decoder extends Reader {

        /** Where reading stands in the source, and how many characters it has given. */
        private int at = start;
        private int given;

        @Override
        public int read() {
            if (at == end) {
                return -1;
            }
            char c = source.charAt(at);
            if (c != '\\' || !isEscaped()) {
                at++;
            } else {
                c = unescaped(source, at);
                at += escapeLength(source, at);
            }
            given++;
            return c;
        }

        @Override
        public int read(char[] into, int offset, int count) {
            if (at == end) {
                return count == 0 ? 0 : -1;
            }
            int written = Math.min(count, length - given);
            at = decode(at, into, offset, written);
            if (written > 1 && at < end && Character.isHighSurrogate(into[offset + written - 1])) {
                // Keep a pair together for a writer that encodes what it is given a part at a time.
                written--;
                at -= Character.isHighSurrogate(source.charAt(at - 1)) ? 1 : "\\uD800".length();
            }
            given += written;
            return written;
        }

        @Override
        public long skip(long count) {
            long skipped = 0;
            while (skipped < count && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        @Override
        public void close() {
            // Nothing is held open.
        }
    }

    /** Whether the window holds escapes (only a literal's can), which reading must decode. */
    private boolean isEscaped() {
        return length != end - start;
    }

    /** The length of the escape at {@code escape}, or -1 when JSON has no such escape. */
    private static int wellFormedEscapeLength(String json, int escape) {
        if (escape + 1 >= json.length()) {
            return -1;
        }
        char kind = json.charAt(escape + 1);
        if (kind != 'u') {
            return "\"\\/bfnrt".indexOf(kind) >= 0 ? 2 : -1;
        }
        if (escape + 6 > json.length()) {
            return -1;
        }
        for (int digit = escape + 2; digit < escape + 6; digit++) {
            char c = json.charAt(digit);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return -1;
            }
        }
        return 6;
    }

    private static int escapeLength(String json, int escape) {
        return json.charAt(escape + 1) == 'u' ? "\\uXXXX".length() : "\\n".length();
    }

    /** The character the escape at {@code escape} stands for. */
    private static char unescaped(String json, int escape) {
        char kind = json.charAt(escape + 1);
        return switch (kind) {
            case 'u' -> (char) Integer.parseInt(json, escape + 2, escape + 6, 16);
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> kind;
        };
    }
}
