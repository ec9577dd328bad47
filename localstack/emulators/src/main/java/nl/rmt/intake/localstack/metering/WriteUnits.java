package nl.rmt.intake.localstack.metering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The write request units AWS bills for writing one item, from the item before and after (either absent), by the
 * developer guide's rules: the table write 1 unit per KB begun of the larger of the two, 2 in a transaction (prepare
 * and commit); then each global secondary index the write touches, 1 per KB of what it projects: putting an item
 * into the index or taking it out once, changing its index key twice (out and in), changing only projected
 * attributes once, nothing when neither the key nor a projected attribute changes. A transaction's index writes are
 * propagated after its commit, as ordinary writes, so they are not doubled.
 */
final class WriteUnits {

    /** Units billed for one part of a write: the item (named by its kind) or one of its indexes. */
    record Part(String what, double units) {
    }

    private WriteUnits() {
    }

    static List<Part> of(TableShape table, Map<String, AttributeValue> key, Map<String, AttributeValue> before,
                         Map<String, AttributeValue> after, boolean transactional) {
        List<Part> parts = new ArrayList<>();
        long larger = Math.max(ItemSizes.of(before), ItemSizes.of(after));
        parts.add(new Part(kind(table, key), ItemSizes.kilobytes(larger) * (transactional ? 2 : 1)));
        for (TableShape.Index index : table.indexes()) {
            int units = index(table, index, before, after);
            if (units > 0) {
                parts.add(new Part(index.name(), units));
            }
        }
        return parts;
    }

    private static int index(TableShape table, TableShape.Index index, Map<String, AttributeValue> before,
                             Map<String, AttributeValue> after) {
        boolean wasIn = index.holds(before);
        boolean isIn = index.holds(after);
        if (!wasIn && !isIn) {
            return 0;
        }
        if (!wasIn) {
            return entryUnits(table, index, after);
        }
        if (!isIn) {
            return entryUnits(table, index, before);
        }
        if (!index.sameKey(before, after)) {
            return entryUnits(table, index, before) + entryUnits(table, index, after);
        }
        Map<String, AttributeValue> old = index.entry(before, table.key());
        Map<String, AttributeValue> now = index.entry(after, table.key());
        return old.equals(now) ? 0 : ItemSizes.kilobytes(Math.max(ItemSizes.of(old), ItemSizes.of(now)));
    }

    private static int entryUnits(TableShape table, TableShape.Index index, Map<String, AttributeValue> item) {
        return ItemSizes.kilobytes(ItemSizes.of(index.entry(item, table.key())));
    }

    /**
     * What kind of item a key names, for the breakdown: its sort key's leading words ({@code CASE},
     * {@code CASE#INTAKE}, {@code HISTORY}, {@code OUTBOX#PARTNER}), or its partition key's when the sort key is a
     * bare word repeating it ({@code REFERENCE}).
     */
    static String kind(TableShape table, Map<String, AttributeValue> key) {
        String sortKey = table.key().size() > 1 && key.containsKey(table.key().get(1))
                ? key.get(table.key().get(1)).s() : null;
        String partitionKey = key.containsKey(table.key().get(0)) ? key.get(table.key().get(0)).s() : null;
        String words = words(sortKey != null ? sortKey : partitionKey);
        return words.isEmpty() ? "other" : words;
    }

    private static String words(String keyValue) {
        if (keyValue == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String segment : keyValue.split("#")) {
            if (words.size() == 2 || segment.isEmpty() || !segment.chars().allMatch(c -> c == '_' || c >= 'A' && c <= 'Z')) {
                break;
            }
            words.add(segment);
        }
        return String.join("#", words);
    }
}
