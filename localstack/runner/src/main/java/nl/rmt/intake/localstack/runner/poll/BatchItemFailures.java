package nl.rmt.intake.localstack.runner.poll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a function's partial batch response ({@code {"batchItemFailures": [{"itemIdentifier": ...}]}}) with
 * Lambda's rules: no response or an empty list means all succeeded; an identifier that is missing, empty or
 * not in the batch makes the whole batch failed.
 */
public final class BatchItemFailures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> failedIds;
    private final boolean wholeBatch;

    private BatchItemFailures(Set<String> failedIds, boolean wholeBatch) {
        this.failedIds = failedIds;
        this.wholeBatch = wholeBatch;
    }

    public static BatchItemFailures wholeBatchFailed() {
        return new BatchItemFailures(Set.of(), true);
    }

    public static BatchItemFailures read(String responseJson, Set<String> idsInBatch) {
        if (responseJson == null || responseJson.isBlank()) {
            return new BatchItemFailures(Set.of(), false);
        }
        JsonNode failures;
        try {
            failures = JSON.readTree(responseJson).path("batchItemFailures");
        } catch (IOException notJson) {
            return new BatchItemFailures(Set.of(), false);
        }
        Set<String> failed = new LinkedHashSet<>();
        for (JsonNode failure : failures) {
            String id = failure.path("itemIdentifier").asText("");
            if (id.isEmpty() || !idsInBatch.contains(id)) {
                return wholeBatchFailed();
            }
            failed.add(id);
        }
        return new BatchItemFailures(Set.copyOf(failed), false);
    }

    public boolean wholeBatch() {
        return wholeBatch;
    }

    public boolean none() {
        return !wholeBatch && failedIds.isEmpty();
    }

    public boolean failed(String id) {
        return wholeBatch || failedIds.contains(id);
    }
}
