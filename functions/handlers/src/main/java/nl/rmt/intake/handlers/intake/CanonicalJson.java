package nl.rmt.intake.handlers.intake;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.CharTypes;
import java.io.IOException;
import java.util.Arrays;

/**
 * Writes the tokens of one JSON document, as they are read, in the form two requests are compared by: no spaces,
 * every object's keys sorted, members whose value is null left out, numbers as Jackson writes an {@code Integer},
 * {@code Long}, {@code BigInteger} or {@code Double} (an infinite one quoted), strings escaped as Jackson escapes
 * them. That is exactly what writing the document's {@code Map} with {@code ORDER_MAP_ENTRIES_BY_KEYS} and
 * {@link nl.rmt.intake.json.Json#MAPPER}'s settings gives, without building the document first. A key repeated in
 * one object is refused here (sorting the keys finds it), so that two readers of a body never see two documents.
 *
 * <p>Every intake is written this way, so the buffers are kept per thread for the next body (a small one only).
 */
final class CanonicalJson {

    private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final int MAX_KEPT_LENGTH = 16 * 1024;
    private static final int MAX_KEPT_KEYS = 256;
    private static final int MAX_KEPT_DEPTH = 16;
    private static final ThreadLocal<CanonicalJson> KEPT = ThreadLocal.withInitial(CanonicalJson::new);

    private final StringBuilder out = new StringBuilder(1024);
    private final StringBuilder sorting = new StringBuilder(1024);
    private Container[] open = new Container[4];
    private int depth;
    private boolean oversized;

    private CanonicalJson() {
    }

    /** An empty writer, for this thread only, until {@link #result}. */
    static CanonicalJson start() {
        CanonicalJson json = KEPT.get();
        json.out.setLength(0);
        json.depth = 0;
        return json;
    }

    /** The document written; the buffers are free for the next one. */
    String result() {
        String result = out.toString();
        if (oversized || out.capacity() > MAX_KEPT_LENGTH || sorting.capacity() > MAX_KEPT_LENGTH) {
            KEPT.remove();
        }
        return result;
    }

    /** Writes the token the parser stands on. */
    void write(JsonToken token, JsonParser json) throws IOException {
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                beforeValue();
                push(token == JsonToken.START_OBJECT);
                out.append(token == JsonToken.START_OBJECT ? '{' : '[');
            }
            case FIELD_NAME -> open[depth - 1].key(json.currentName(), this);
            case END_OBJECT -> {
                open[depth - 1].sortMembers(this, json);
                out.append('}');
                depth--;
            }
            case END_ARRAY -> {
                out.append(']');
                depth--;
            }
            case VALUE_NULL -> {
                if (depth > 0 && open[depth - 1].object) {
                    open[depth - 1].dropMember(out);
                } else {
                    beforeValue();
                    out.append("null");
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                beforeValue();
                out.append(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_STRING -> {
                beforeValue();
                quote(json.getText());
            }
            case VALUE_NUMBER_INT -> {
                beforeValue();
                out.append(json.getNumberValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                beforeValue();
                double value = json.getDoubleValue();
                if (Double.isFinite(value)) {
                    out.append(value);
                } else {
                    quote(Double.toString(value));
                }
            }
            default -> throw new IllegalStateException("No such token in a JSON text: " + token);
        }
    }

    private void beforeValue() {
        if (depth > 0) {
            Container container = open[depth - 1];
            if (!container.object && container.written++ > 0) {
                out.append(',');
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
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int escape = c < ESCAPES.length ? ESCAPES[c] : 0;
            if (escape == 0) {
                continue;
            }
            // Characters that need no escape are copied a run at a time.
            out.append(text, plainFrom, i);
            plainFrom = i + 1;
            if (escape > 0) {
                out.append('\\').append((char) escape);
            } else {
                out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, plainFrom, text.length());
        out.append('"');
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
            StringBuilder out = json.out;
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                memberStarts = Arrays.copyOf(memberStarts, count * 2);
                memberEnds = Arrays.copyOf(memberEnds, count * 2);
                order = new int[count * 2];
                json.oversized |= count > MAX_KEPT_KEYS;
            }
            endLastMember(out);
            if (written++ > 0) {
                out.append(',');
            }
            keys[count] = key;
            memberStarts[count] = out.length();
            memberEnds[count] = out.length();
            count++;
            json.quote(key);
            out.append(':');
        }

        /** Takes back the key just written: a member whose value is null is left out. */
        void dropMember(StringBuilder out) {
            written--;
            out.setLength(written == 0 ? memberStarts[count - 1] : memberStarts[count - 1] - 1);
            memberEnds[count - 1] = LEFT_OUT;
        }

        void sortMembers(CanonicalJson json, JsonParser parser) throws JsonParseException {
            StringBuilder out = json.out;
            endLastMember(out);
            if (count < 2 || sortOrder(parser)) {
                return;
            }
            StringBuilder members = json.sorting;
            int from = firstWritten();
            members.setLength(0);
            members.append(out, from, out.length());
            out.setLength(from);
            boolean first = true;
            for (int i = 0; i < count; i++) {
                int member = order[i];
                if (memberEnds[member] != LEFT_OUT) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(members, memberStarts[member] - from, memberEnds[member] - from);
                }
            }
        }

        private void endLastMember(StringBuilder out) {
            if (count > 0 && memberEnds[count - 1] != LEFT_OUT) {
                memberEnds[count - 1] = out.length();
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
