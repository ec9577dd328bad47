package nl.rmt.intake.observability;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch embedded metric format: a JSON log line whose {@code _aws} member tells CloudWatch Logs which of its
 * other members are metrics, and under which dimensions to publish them.
 */
final class EmfDocuments {

    /** The format's limit on the values of one metric in one document. */
    static final int MAX_VALUES = 100;

    private EmfDocuments() {
    }

    /**
     * Metric values published under one or more dimensions, each with its own value (the null dimension: none).
     * One document holds them all: CloudWatch publishes its metrics once per dimension set it lists.
     */
    record Group(List<Dimension> dimensions, Map<Metric, List<Long>> values) {

        static Group of(Dimension dimension, Map<Metric, List<Long>> values) {
            List<Dimension> dimensions = new ArrayList<>();
            dimensions.add(dimension);
            return new Group(dimensions, values);
        }

        /**
         * Whether the same {@code values} recorded under {@code dimension} can join this group: a dimension not yet
         * in it, and the total (the empty dimension set) published at most once, or it would count twice.
         */
        boolean takes(Dimension dimension, Map<Metric, List<Long>> other) {
            return values.equals(other)
                    && dimensions.stream().noneMatch(taken -> taken != null && dimension != null
                    && taken.name().equals(dimension.name()))
                    && !(publishesTotal() && publishesTotal(dimension));
        }

        private boolean publishesTotal() {
            return dimensions.stream().anyMatch(Group::publishesTotal);
        }

        private static boolean publishesTotal(Dimension dimension) {
            return dimension == null || dimension.partitions();
        }
    }

    static List<String> render(long timestamp, Group group) {
        List<String> documents = new ArrayList<>();
        for (int from = 0; ; from += MAX_VALUES) {
            ObjectNode document = document(timestamp, group, from);
            if (document == null) {
                return documents;
            }
            documents.add(document.toString());
        }
    }

    /** @return the document holding each metric's values from {@code from} on, or null when none are left */
    private static ObjectNode document(long timestamp, Group group, int from) {
        Map<Metric, List<Long>> values = group.values();
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        ArrayNode definitions = json.arrayNode();
        values.forEach((metric, all) -> {
            if (all.size() <= from) {
                return;
            }
            List<Long> slice = all.subList(from, Math.min(all.size(), from + MAX_VALUES));
            definitions.addObject().put("Name", metric.metricName()).put("Unit", metric.unit().cloudWatchName);
            if (slice.size() == 1) {
                root.put(metric.metricName(), slice.get(0));
            } else {
                slice.forEach(root.putArray(metric.metricName())::add);
            }
        });
        if (definitions.isEmpty()) {
            return null;
        }
        ArrayNode dimensionSets = json.arrayNode();
        for (Dimension dimension : group.dimensions()) {
            if (dimension != null) {
                dimensionSets.addArray().add(dimension.name());
                root.put(dimension.name(), dimension.value());
            }
        }
        if (group.publishesTotal()) {
            dimensionSets.addArray();
        }
        ObjectNode directive = json.objectNode().put("Namespace", Metrics.NAMESPACE);
        directive.set("Dimensions", dimensionSets);
        directive.set("Metrics", definitions);
        ObjectNode aws = json.objectNode().put("Timestamp", timestamp);
        aws.putArray("CloudWatchMetrics").add(directive);
        ObjectNode document = json.objectNode();
        document.set("_aws", aws);
        document.setAll(root);
        return document;
    }
}
