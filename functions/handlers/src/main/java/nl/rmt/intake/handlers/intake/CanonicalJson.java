package nl.rmt.intake.handlers.intake;

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
 * {@link nl.rmt.intake.json.Json#MAPPER}'s settings gives, without building the document first.
 */
final class CanonicalJson {

    private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    private Container[] open = new Container[4];
    private int depth;

    CanonicalJson(int expectedLength) {
        out = new StringBuilder(expectedLength);
    }

    /** Writes the token the parser stands on. */
    void write(JsonToken token, JsonParser json) throws IOException {
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                beforeValue();
                Container container = push(token == JsonToken.START_OBJECT);
                container.start = out.length();
                out.append(token == JsonToken.START_OBJECT ? '{' : '[');
            }
            case FIELD_NAME -> open[depth - 1].key(json.currentName(), this);
            case END_OBJECT -> {
                open[depth - 1].sortMembers(out);
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

    @Override
    public String toString() {
        return out.toString();
    }

    private void beforeValue() {
        if (depth > 0) {
            Container container = open[depth - 1];
            if (!container.object && container.count++ > 0) {
                out.append(',');
            }
        }
    }

    private Container push(boolean object) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        Container container = open[depth];
        if (container == null) {
            container = new Container();
            open[depth] = container;
        }
        container.object = object;
        container.count = 0;
        depth++;
        return container;
    }

    void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int escape = c < ESCAPES.length ? ESCAPES[c] : 0;
            if (escape == 0) {
                out.append(c);
            } else if (escape > 0) {
                out.append('\\').append((char) escape);
            } else {
                out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append('"');
    }

    /** An object or array being written; an object remembers where each member is, to sort them at its end. */
    private static final class Container {

        // A form's objects have a handful of keys; only a hostile body has more.
        private static final int INSERTION_SORT_LIMIT = 32;

        boolean object;
        int start;
        int count;
        private String[] keys = new String[8];
        private int[] memberStarts = new int[8];
        private int[] memberEnds = new int[8];

        void key(String key, CanonicalJson json) {
            StringBuilder out = json.out;
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                memberStarts = Arrays.copyOf(memberStarts, count * 2);
                memberEnds = Arrays.copyOf(memberEnds, count * 2);
            }
            if (count > 0) {
                memberEnds[count - 1] = out.length();
                out.append(',');
            }
            keys[count] = key;
            memberStarts[count] = out.length();
            count++;
            json.quote(key);
            out.append(':');
        }

        /** Takes back the key just written: a member whose value is null is left out. */
        void dropMember(StringBuilder out) {
            count--;
            out.setLength(count == 0 ? memberStarts[0] : memberStarts[count] - 1);
        }

        void sortMembers(StringBuilder out) {
            if (count == 0) {
                return;
            }
            memberEnds[count - 1] = out.length();
            int[] order = sortedOrder();
            if (order == null) {
                return;
            }
            int from = memberStarts[0];
            String members = out.substring(from);
            out.setLength(from);
            for (int i = 0; i < count; i++) {
                int member = order[i];
                if (i > 0) {
                    out.append(',');
                }
                out.append(members, memberStarts[member] - from, memberEnds[member] - from);
            }
        }

        /** @return the members' indexes in key order, or null when they already are in key order */
        private int[] sortedOrder() {
            boolean sorted = true;
            for (int i = 1; i < count && sorted; i++) {
                sorted = keys[i - 1].compareTo(keys[i]) < 0;
            }
            if (sorted) {
                return null;
            }
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            if (count > INSERTION_SORT_LIMIT) {
                Integer[] boxed = new Integer[count];
                Arrays.setAll(boxed, i -> i);
                Arrays.sort(boxed, (a, b) -> keys[a].compareTo(keys[b]));
                Arrays.setAll(order, i -> boxed[i]);
                return order;
            }
            for (int i = 1; i < count; i++) {
                int member = order[i];
                int j = i - 1;
                while (j >= 0 && keys[order[j]].compareTo(keys[member]) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = member;
            }
            return order;
        }
    }
}
