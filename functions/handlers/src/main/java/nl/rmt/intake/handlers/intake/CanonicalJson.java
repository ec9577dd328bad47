package nl.rmt.intake.handlers.intake;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.CharTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import nl.rmt.intake.domain.form.JsonText;

/**
 * Writes the tokens of one JSON document, as they are read, in the form two requests are compared by: no spaces,
 * every object's keys sorted, members whose value is null left out, numbers as Jackson writes an {@code Integer},
 * {@code Long}, {@code BigInteger} or {@code Double} (an infinite one quoted), strings escaped as Jackson escapes
 * them. That is exactly what writing the document's {@code Map} with {@code ORDER_MAP_ENTRIES_BY_KEYS} and
 * {@link nl.rmt.intake.json.Json#MAPPER}'s settings gives, without building the document first. A key repeated in
 * one object is refused here (sorting the keys finds it), so that two readers of a body never see two documents.
 *
 * <p>Only the form's fingerprint is kept ({@link #fingerprint}), so the document is written as the UTF-8 bytes
 * that {@code String.getBytes(UTF_8)} would give (a lone surrogate as {@code ?}) and hashed from there: no text
 * is made of it, and a long text is not held twice. Every intake is written this way, so the buffers and the
 * digest are kept per thread for the next body (small buffers only).
 */
final class CanonicalJson {

    private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_KEPT_LENGTH = 16 * 1024;
    private static final int MAX_KEPT_KEYS = 256;
    private static final int MAX_KEPT_DEPTH = 16;
    private static final ThreadLocal<CanonicalJson> KEPT = ThreadLocal.withInitial(CanonicalJson::new);

    private final MessageDigest sha256 = newSha256();
    private byte[] out = new byte[2048];
    private int length;
    private byte[] sorting = new byte[2048];
    private char[] chars = new char[1024];
    private Container[] open = new Container[4];
    private int depth;
    private boolean oversized;

    private CanonicalJson() {
    }

    /** An empty writer, for this thread only, until {@link #fingerprint}. */
    static CanonicalJson start() {
        CanonicalJson json = KEPT.get();
        if (json.oversized || json.out.length > MAX_KEPT_LENGTH || json.sorting.length > MAX_KEPT_LENGTH
                || json.chars.length > MAX_KEPT_LENGTH) {
            // The last body was a large one (or an unreadable one that grew them): keep small buffers only.
            json = new CanonicalJson();
            KEPT.set(json);
        }
        json.length = 0;
        json.depth = 0;
        return json;
    }

    /**
     * The SHA-256 (lower-case hex) of the region, a newline and the document written: what
     * {@code Sha256.hex(region, canonicalJson)} gives for the document as text. The buffers are free afterwards.
     */
    String fingerprint(String region) {
        sha256.reset();
        sha256.update(region.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        sha256.update(out, 0, length);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Writes the token the parser stands on. */
    void write(JsonToken token, JsonParser json) throws IOException {
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                beforeValue();
                push(token == JsonToken.START_OBJECT);
                append(token == JsonToken.START_OBJECT ? '{' : '[');
            }
            case FIELD_NAME -> open[depth - 1].key(json.currentName(), this);
            case END_OBJECT -> {
                open[depth - 1].sortMembers(this, json);
                append('}');
                depth--;
            }
            case END_ARRAY -> {
                append(']');
                depth--;
            }
            case VALUE_NULL -> {
                if (depth > 0 && open[depth - 1].object) {
                    open[depth - 1].dropMember(this);
                } else {
                    beforeValue();
                    appendAscii("null");
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                beforeValue();
                appendAscii(token == JsonToken.VALUE_TRUE ? "true" : "false");
            }
            case VALUE_STRING -> {
                beforeValue();
                quote(json.getText());
            }
            case VALUE_NUMBER_INT -> {
                beforeValue();
                appendAscii(String.valueOf(json.getNumberValue()));
            }
            case VALUE_NUMBER_FLOAT -> {
                beforeValue();
                double value = json.getDoubleValue();
                if (Double.isFinite(value)) {
                    appendAscii(Double.toString(value));
                } else {
                    quote(Double.toString(value));
                }
            }
            default -> throw new IllegalStateException("No such token in a JSON text: " + token);
        }
    }

    /** Writes a string the parser stood on, as the text it was read as. */
    void write(JsonText text) {
        beforeValue();
        int n = text.length();
        text.getChars(room(n), 0);
        quote(n);
    }

    private void beforeValue() {
        if (depth > 0) {
            Container container = open[depth - 1];
            if (!container.object && container.written++ > 0) {
                append(',');
            }
        }
    }

    private void push(boolean object) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            oversized |= depth > MAX_KEPT_DEPTH;
        }
        Container container = open[depth];
        if (container == null) {
            container = new Container();
            open[depth] = container;
        }
        container.object = object;
        container.count = 0;
        container.written = 0;
        depth++;
    }

    private void quote(String text) {
        int n = text.length();
        text.getChars(0, n, room(n), 0);
        quote(n);
    }

    /** This writer's array of characters, with room for {@code n}. */
    private char[] room(int n) {
        if (chars.length < n) {
            chars = new char[Math.max(chars.length * 2, n)];
        }
        return chars;
    }

    /** Writes the first {@code n} characters of {@link #chars} as a string. */
    private void quote(int n) {
        ensure(n * 6 + 2);
        // Read from a char array: the loop below then compiles to plain array reads.
        char[] from = chars;
        byte[] bytes = out;
        int at = length;
        bytes[at++] = '"';
        for (int i = 0; i < n; i++) {
            // Characters written as they are come a run at a time: find the run's end, then copy it.
            int runEnd = i;
            while (runEnd < n && from[runEnd] < 0x80 && ESCAPES[from[runEnd]] == 0) {
                runEnd++;
            }
            for (int k = i; k < runEnd; k++) {
                bytes[at + k - i] = (byte) from[k];
            }
            at += runEnd - i;
            i = runEnd;
            if (i == n) {
                break;
            }
            char c = from[i];
            if (c < 0x80) {
                int escape = ESCAPES[c];
                bytes[at++] = '\\';
                if (escape > 0) {
                    bytes[at++] = (byte) escape;
                } else {
                    bytes[at++] = 'u';
                    bytes[at++] = '0';
                    bytes[at++] = '0';
                    bytes[at++] = HEX[c >> 4];
                    bytes[at++] = HEX[c & 0xF];
                }
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xC0 | c >> 6);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[at++] = (byte) (0xE0 | c >> 12);
                bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(from[i + 1])) {
                int codePoint = Character.toCodePoint(c, from[++i]);
                bytes[at++] = (byte) (0xF0 | codePoint >> 18);
                bytes[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                // As String.getBytes(UTF_8) writes a lone surrogate.
                bytes[at++] = '?';
            }
        }
        bytes[at++] = '"';
        length = at;
    }

    private void append(char ascii) {
        ensure(1);
        out[length++] = (byte) ascii;
    }

    private void appendAscii(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            out[length++] = (byte) ascii.charAt(i);
        }
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** An object or array being written; an object remembers where each member is, to sort them at its end. */
    private static final class Container {

        // A form's objects have a handful of keys; only a hostile body has more.
        private static final int INSERTION_SORT_LIMIT = 32;
        private static final int LEFT_OUT = -1;

        boolean object;
        /** Keys met, a null member's too. */
        int count;
        /** Members or elements written. */
        int written;
        private String[] keys = new String[8];
        private int[] memberStarts = new int[8];
        private int[] memberEnds = new int[8];
        private int[] order = new int[8];

        void key(String key, CanonicalJson json) {
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                memberStarts = Arrays.copyOf(memberStarts, count * 2);
                memberEnds = Arrays.copyOf(memberEnds, count * 2);
                order = new int[count * 2];
                json.oversized |= count > MAX_KEPT_KEYS;
            }
            endLastMember(json);
            if (written++ > 0) {
                json.append(',');
            }
            keys[count] = key;
            memberStarts[count] = json.length;
            memberEnds[count] = json.length;
            count++;
            json.quote(key);
            json.append(':');
        }

        /** Takes back the key just written: a member whose value is null is left out. */
        void dropMember(CanonicalJson json) {
            written--;
            json.length = written == 0 ? memberStarts[count - 1] : memberStarts[count - 1] - 1;
            memberEnds[count - 1] = LEFT_OUT;
        }

        void sortMembers(CanonicalJson json, JsonParser parser) throws JsonParseException {
            endLastMember(json);
            if (count < 2 || sortOrder(parser)) {
                return;
            }
            int from = firstWritten();
            int size = json.length - from;
            if (json.sorting.length < size) {
                json.sorting = new byte[Math.max(json.sorting.length * 2, size)];
            }
            byte[] members = json.sorting;
            System.arraycopy(json.out, from, members, 0, size);
            json.length = from;
            boolean first = true;
            for (int i = 0; i < count; i++) {
                int member = order[i];
                if (memberEnds[member] != LEFT_OUT) {
                    if (!first) {
                        json.out[json.length++] = ',';
                    }
                    first = false;
                    int memberLength = memberEnds[member] - memberStarts[member];
                    System.arraycopy(members, memberStarts[member] - from, json.out, json.length, memberLength);
                    json.length += memberLength;
                }
            }
        }

        private void endLastMember(CanonicalJson json) {
            if (count > 0 && memberEnds[count - 1] != LEFT_OUT) {
                memberEnds[count - 1] = json.length;
            }
        }

        private int firstWritten() {
            for (int i = 0; i < count; i++) {
                if (memberEnds[i] != LEFT_OUT) {
                    return memberStarts[i];
                }
            }
            return memberStarts[0];
        }

        /**
         * Puts the members' indexes in key order into {@link #order}.
         *
         * @return whether they already were in key order
         * @throws JsonParseException when a key is repeated
         */
        private boolean sortOrder(JsonParser parser) throws JsonParseException {
            boolean sorted = true;
            for (int i = 1; i < count && sorted; i++) {
                sorted = keys[i - 1].compareTo(keys[i]) < 0;
            }
            if (sorted) {
                return true;
            }
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            if (count > INSERTION_SORT_LIMIT) {
                Integer[] boxed = new Integer[count];
                Arrays.setAll(boxed, i -> i);
                Arrays.sort(boxed, (a, b) -> keys[a].compareTo(keys[b]));
                Arrays.setAll(order, i -> i < count ? boxed[i] : 0);
            } else {
                for (int i = 1; i < count; i++) {
                    int member = order[i];
                    int j = i - 1;
                    while (j >= 0 && keys[order[j]].compareTo(keys[member]) > 0) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = member;
                }
            }
            for (int i = 1; i < count; i++) {
                if (keys[order[i - 1]].equals(keys[order[i]])) {
                    throw new JsonParseException(parser, "A key is repeated in one object");
                }
            }
            return false;
        }
    }
}
