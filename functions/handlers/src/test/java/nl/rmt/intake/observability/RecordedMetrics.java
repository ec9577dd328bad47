package nl.rmt.intake.observability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.rmt.intake.json.Json;

/** A sink that keeps what it is given, for tests that read the metrics an invocation wrote. */
public final class RecordedMetrics implements MetricsSink {

    private final List<String> documents = new ArrayList<>();

    @Override
    public synchronized void write(String emfDocument) {
        documents.add(emfDocument);
    }

    public synchronized List<String> raw() {
        return List.copyOf(documents);
    }

    public List<JsonNode> documents() {
        return raw().stream().map(RecordedMetrics::parse).toList();
    }

    /** The documents that publish {@code metricName}. */
    public List<JsonNode> of(String metricName) {
        return documents().stream().filter(document -> metricNames(document).contains(metricName)).toList();
    }

    public static List<String> metricNames(JsonNode document) {
        return StreamSupport.stream(document.at("/_aws/CloudWatchMetrics/0/Metrics").spliterator(), false)
                .map(definition -> definition.get("Name").asText())
                .toList();
    }

    /** The dimension sets of a document, each as its dimension names joined with a comma. */
    public static List<String> dimensionSets(JsonNode document) {
        return StreamSupport.stream(document.at("/_aws/CloudWatchMetrics/0/Dimensions").spliterator(), false)
                .map(set -> String.join(",", StreamSupport.stream(set.spliterator(), false)
                        .map(JsonNode::asText).toList()))
                .toList();
    }

    private static JsonNode parse(String document) {
        try {
            return Json.MAPPER.readTree(document);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + document, e);
        }
    }
}
