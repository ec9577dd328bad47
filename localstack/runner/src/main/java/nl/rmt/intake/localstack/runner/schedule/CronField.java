package nl.rmt.intake.localstack.runner.schedule;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

/**
 * The values one numeric cron field allows, from a comma-separated list of {@code *}, values, ranges
 * ({@code 1-5}) and steps ({@code *}{@code /15}, {@code 10/5}, {@code 1-30/2}), with names where the field has them.
 */
final class CronField {

    private final BitSet allowed;

    private CronField(BitSet allowed) {
        this.allowed = allowed;
    }

    static CronField parse(String text, int min, int max, Map<String, Integer> names, String field) {
        BitSet allowed = new BitSet(max + 1);
        for (String item : text.split(",")) {
            int slash = item.indexOf('/');
            String range = slash < 0 ? item : item.substring(0, slash);
            int step = slash < 0 ? 1 : number(item.substring(slash + 1), 1, max, Map.of(), field);
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] bounds = range.split("-", 2);
                from = number(bounds[0], min, max, names, field);
                to = number(bounds[1], min, max, names, field);
            } else {
                from = number(range, min, max, names, field);
                to = slash < 0 ? from : max;
            }
            if (from > to) {
                throw new IllegalArgumentException(field + ": range " + range + " runs backwards");
            }
            for (int value = from; value <= to; value += step) {
                allowed.set(value);
            }
        }
        return new CronField(allowed);
    }

    boolean contains(int value) {
        return allowed.get(value);
    }

    static int number(String text, int min, int max, Map<String, Integer> names, String field) {
        Integer named = names.get(text.toUpperCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        if (!text.matches("\\d{1,4}")) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a value");
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": " + value + " is outside " + min + "-" + max);
        }
        return value;
    }
}
