package nl.rmt.intake.localstack.runner.stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What Lambda sends to a stream mapping's OnFailure destination when it gives up on a batch: where the
 * records are in the stream (not the records themselves), so they can be read again while retained.
 */
final class StreamFailureRecord {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StreamFailureRecord() {
    }

    /**
     * @param functionError "Unhandled" when the function threw, null when it returned the records as failed
     */
    static ObjectNode of(StreamBatch batch, String shardId, String streamArn, String functionArn, String functionError) {
        ObjectNode document = NODES.objectNode();
        ObjectNode request = document.putObject("requestContext");
        request.put("requestId", UUID.randomUUID().toString());
        request.put("functionArn", functionArn);
        request.put("condition", "RetryAttemptsExhausted");
        request.put("approximateInvokeCount", batch.failedInvocations());
        ObjectNode response = document.putObject("responseContext");
        response.put("statusCode", 200);
        response.put("executedVersion", "$LATEST");
        if (functionError != null) {
            response.put("functionError", functionError);
        }
        document.put("version", "1.0");
        document.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        ObjectNode info = document.putObject("DDBStreamBatchInfo");
        info.put("shardId", shardId);
        info.put("startSequenceNumber", batch.firstSequenceNumber());
        info.put("endSequenceNumber", batch.lastSequenceNumber());
        info.put("approximateArrivalOfFirstRecord", batch.entries().get(0).arrival().toString());
        info.put("approximateArrivalOfLastRecord", batch.entries().get(batch.size() - 1).arrival().toString());
        info.put("batchSize", batch.size());
        info.put("streamArn", streamArn);
        return document;
    }
}
