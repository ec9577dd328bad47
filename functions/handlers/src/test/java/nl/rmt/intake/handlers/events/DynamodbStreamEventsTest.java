package nl.rmt.intake.handlers.events;

import static nl.rmt.intake.handlers.events.RuntimeReader.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import nl.rmt.intake.json.Json;
import org.junit.jupiter.api.Test;

class DynamodbStreamEventsTest {

    /** Every kind of attribute value DynamoDB's JSON has, nested, beside a removal with its old image. */
    private static final String EVERY_TYPE = """
            {"Records": [
              {"eventID": "1", "eventName": "MODIFY", "eventVersion": "1.1", "eventSource": "aws:dynamodb",
               "awsRegion": "eu-west-1", "eventSourceARN": "arn:aws:dynamodb:eu-west-1:1:table/t/stream/x",
               "dynamodb": {"ApproximateCreationDateTime": 1795338902, "SequenceNumber": "100", "SizeBytes": 512,
                 "StreamViewType": "NEW_AND_OLD_IMAGES", "Keys": {"pk": {"S": "CASE#1"}, "sk": {"S": "OUTBOX#X"}},
                 "NewImage": {"s": {"S": "\\u00e9\\n"}, "n": {"N": "12.50"}, "b": {"B": "AAEC/w=="},
                   "ss": {"SS": ["a", "b"]}, "ns": {"NS": ["1", "2"]}, "bs": {"BS": ["AQ==", "Ag=="]},
                   "m": {"M": {"inner": {"L": [{"S": "x"}, {"BOOL": true}, {"NULL": true}]}}},
                   "l": {"L": []}, "t": {"BOOL": false}},
                 "OldImage": {"s": {"S": "old"}}},
               "userIdentity": {"type": "Service", "principalId": "dynamodb.amazonaws.com"}},
              {"eventID": "2", "eventName": "REMOVE", "dynamodb": {"Keys": {"pk": {"S": "CASE#2"}},
                 "SequenceNumber": "101", "StreamViewType": "KEYS_ONLY"}, "future": {"x": 1}}]}""";

    @Test
    void readsTheOutboxFixtureAsTheRuntimesReader() throws IOException {
        String json = RuntimeReader.fixture("outbox/lead-message-inserted.json");

        assertThat(DynamodbStreamEvents.read(bytes(json))).isEqualTo(RuntimeReader.read(json, DynamodbEvent.class));
    }

    @Test
    void readsEveryAttributeTypeAsTheRuntimesReader() throws IOException {
        DynamodbEvent event = DynamodbStreamEvents.read(bytes(EVERY_TYPE));

        assertThat(event).isEqualTo(RuntimeReader.read(EVERY_TYPE, DynamodbEvent.class));
        assertThat(event.getRecords().get(0).getDynamodb().getNewImage().get("b").getB().array())
                .containsExactly(0, 1, 2, 255);
        assertThat(event.getRecords().get(0).getDynamodb().getApproximateCreationDateTime().getTime())
                .isEqualTo(1_795_338_902_000L);
    }

    @Test
    void refusesAnEventOfAnotherShapeWithoutQuotingIt() {
        for (String json : List.of("[]", "{\"Records\": [{\"dynamodb\": []}]}",
                "{\"Records\": [{\"dynamodb\": {\"NewImage\": {\"x-secret\": \"S\"}}}]}",
                "{\"Records\": [{\"dynamodb\": {\"NewImage\": {\"x\": {\"B\": \"x-secret!\"}}}}]}",
                "{\"Records\": [{\"dynamodb\": {\"NewImage\": {\"x\": {\"BOOL\": \"x-secret\"}}}}]}",
                "{\"Records\": [{\"dynamodb\": {\"StreamViewType\": \"x-secret\"}}]}",
                "{\"Records\": [{\"dynamodb\": {\"SizeBytes\": \"x-secret\"}}]}")) {
            assertThatThrownBy(() -> DynamodbStreamEvents.read(bytes(json))).as(json).isInstanceOf(IOException.class)
                    .satisfies(error -> assertThat(String.valueOf(error.getMessage())).doesNotContain("x-secret"));
        }
    }

    @Test
    void writesTheBatchAnswerAsTheRuntimesWriter() throws IOException {
        for (StreamsEventResponse response : List.of(
                StreamsEventResponse.builder().withBatchItemFailures(List.of()).build(),
                StreamsEventResponse.builder().withBatchItemFailures(
                        List.of(new StreamsEventResponse.BatchItemFailure("4421584500000000017450439091"))).build())) {
            String ours = RuntimeReader.written(out -> DynamodbStreamEvents.write(response, out));

            assertThat(Json.read(ours, JsonNode.class))
                    .isEqualTo(Json.read(RuntimeReader.write(response), JsonNode.class));
        }
    }
}
