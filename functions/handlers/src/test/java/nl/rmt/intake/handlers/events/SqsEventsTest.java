package nl.rmt.intake.handlers.events;

import static nl.rmt.intake.handlers.events.RuntimeReader.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import nl.rmt.intake.json.Json;
import org.junit.jupiter.api.Test;

class SqsEventsTest {

    private static final String WITH_ATTRIBUTES = """
            {"Records": [{"messageId": "m-1", "receiptHandle": "r-1", "body": "{\\"caseId\\": \\"c-1\\"}",
              "attributes": {"MessageGroupId": "c-1", "ApproximateReceiveCount": "2"},
              "messageAttributes": {"kind": {"stringValue": "LEAD", "binaryValue": null, "stringListValues": [],
                "binaryListValues": [], "dataType": "String"},
                "blob": {"binaryValue": "AAEC/w==", "binaryListValues": ["AQ==", "Ag=="], "dataType": "Binary"}},
              "md5OfBody": "x", "md5OfMessageAttributes": "y", "eventSource": "aws:sqs",
              "eventSourceARN": "arn:aws:sqs:eu-west-1:1:q.fifo", "awsRegion": "eu-west-1", "future": {"a": [1]}},
             {"messageId": "m-2", "body": "\\u00e9\\u2028", "attributes": null, "messageAttributes": null}]}""";

    @Test
    void readsTheConfirmationFixtureAsTheRuntimesReader() throws IOException {
        String json = RuntimeReader.fixture("confirmation/confirmation-requested.json");

        assertThat(SqsEvents.read(bytes(json))).isEqualTo(RuntimeReader.read(json, SQSEvent.class));
    }

    @Test
    void readsMessageAttributesNullsAndEscapesAsTheRuntimesReader() throws IOException {
        SQSEvent event = SqsEvents.read(bytes(WITH_ATTRIBUTES));

        assertThat(event).isEqualTo(RuntimeReader.read(WITH_ATTRIBUTES, SQSEvent.class));
        assertThat(event.getRecords().get(0).getMessageAttributes().get("blob").getBinaryValue().array())
                .containsExactly(0, 1, 2, 255);
        assertThat(event.getRecords().get(1).getBody()).isEqualTo("\u00e9\u2028");
    }

    @Test
    void refusesAnEventOfAnotherShapeWithoutQuotingIt() {
        for (String json : List.of("[]", "{\"Records\": {}}", "{\"Records\": [\"x-secret\"]}",
                "{\"Records\": [{\"body\": {\"x-secret\": 1}}]}",
                "{\"Records\": [{\"messageAttributes\": {\"x-secret\": {\"binaryValue\": \"not base64!\"}}}]}",
                "{\"Records\": [{\"body\": \"unfinished")) {
            assertThatThrownBy(() -> SqsEvents.read(bytes(json))).as(json).isInstanceOf(IOException.class)
                    .satisfies(error -> assertThat(String.valueOf(error.getMessage())).doesNotContain("x-secret"));
        }
    }

    @Test
    void writesTheBatchAnswerAsTheRuntimesWriter() throws IOException {
        for (SQSBatchResponse response : List.of(new SQSBatchResponse(List.of()), new SQSBatchResponse(List.of(
                new SQSBatchResponse.BatchItemFailure("m-1"), new SQSBatchResponse.BatchItemFailure("m-\u00e9"))))) {
            String ours = RuntimeReader.written(out -> SqsEvents.write(response, out));

            assertThat(Json.read(ours, JsonNode.class))
                    .isEqualTo(Json.read(RuntimeReader.write(response), JsonNode.class));
        }
    }
}
