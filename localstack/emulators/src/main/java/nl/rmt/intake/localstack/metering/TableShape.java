package nl.rmt.intake.localstack.metering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** A table's primary key and its global secondary indexes with what each projects: what a write costs depends on them. */
record TableShape(List<String> key, List<Index> indexes) {

    /** One index: its key attributes and, unless it projects all, the other attributes it copies. */
    record Index(String name, List<String> key, boolean all, Set<String> projected) {

        /** An item is in a (sparse) index when it has every key attribute of the index. */
        boolean holds(Map<String, AttributeValue> item) {
            return item != null && key.stream().allMatch(item::containsKey);
        }

        boolean sameKey(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
            return key.stream().allMatch(name -> Objects.equals(before.get(name), after.get(name)));
        }

        /** What the index holds of an item; its size is what a write to the index is billed by. */
        Map<String, AttributeValue> entry(Map<String, AttributeValue> item, List<String> tableKey) {
            if (all) {
                return item;
            }
            Map<String, AttributeValue> entry = new java.util.HashMap<>();
            for (String name : projected) {
                if (item.containsKey(name)) {
                    entry.put(name, item.get(name));
                }
            }
            for (String name : tableKey) {
                entry.put(name, item.get(name));
            }
            return entry;
        }
    }

    static TableShape of(TableDescription table) {
        List<Index> indexes = new ArrayList<>();
        for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
            List<String> key = names(index.keySchema());
            Set<String> projected = new LinkedHashSet<>(key);
            projected.addAll(index.projection().nonKeyAttributes());
            indexes.add(new Index(index.indexName(), key,
                    index.projection().projectionType() == ProjectionType.ALL, projected));
        }
        return new TableShape(names(table.keySchema()), List.copyOf(indexes));
    }

    private static List<String> names(List<KeySchemaElement> key) {
        return key.stream().map(KeySchemaElement::attributeName).toList();
    }
}
