package nl.rmt.intake.handlers.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import nl.rmt.intake.observability.RecordedMetrics;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubmitIntakeMetricsTest {

    private static final List<String> PERSONAL_DATA_OF_THE_FIXTURE = List.of(
            "Noor", "Jansen", "noor.jansen@example.org", "1996-11-30", "555 0147", "1012 JS");

    private static RecordedMetrics metrics;
    private static SubmitIntakeHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        metrics = new RecordedMetrics();
        handler = LocalStack.asFunction("SubmitIntakeFunction", () -> new SubmitIntakeHandler(metrics));
    }

    private int before;

    @BeforeEach
    void rememberWhatWasWritten() {
        before = metrics.raw().size();
    }

    @Test
    void anAcceptedIntakeCountsOnceForTheCasesRegionAndOnceForEachOfItsTargetGroups() {
        handler.handleRequest(withKey(Events.intake("at-risk-employee-drechtsteden"), UUID.randomUUID()), null);

        List<JsonNode> accepted = written().stream()
                .filter(document -> document.has("IntakeAccepted")).toList();
        assertThat(accepted).flatExtracting(document -> dimensions(document).stream()
                        .map(dimension -> dimension + "=" + document.get("IntakeAccepted")).toList())
                .containsExactlyInAnyOrder("Region:AM23=1", "TargetGroup:AT_RISK_EMPLOYEE=1", "TargetGroup:DEBT=1");
    }

    @Test
    void aReplayedRequestIsNotCountedAgain() {
        UUID key = UUID.randomUUID();
        handler.handleRequest(withKey(Events.intake("newcomer-amsterdam"), key), null);
        before = metrics.raw().size();

        handler.handleRequest(withKey(Events.intake("newcomer-amsterdam"), key), null);

        assertThat(written()).noneMatch(document -> document.has("IntakeAccepted"));
    }

    @Test
    void aRejectedFormCountsForTheDesksRegionAndIsNotAccepted() {
        handler.handleRequest(withKey(Events.withField(Events.intake("jobbank-wajong-amsterdam"), "person.email",
                "noor.jansen@@example"), UUID.randomUUID()), null);

        assertThat(written()).extracting(document -> dimension(document) + "=" + document.get("IntakeRejected"))
                .containsExactly("Region:AM18=1");
    }

    @Test
    void noMetricHoldsAnythingTheCitizenTyped() {
        handler.handleRequest(withKey(Events.intake("jobbank-wajong-amsterdam"), UUID.randomUUID()), null);
        handler.handleRequest(withKey(Events.withField(Events.intake("jobbank-wajong-amsterdam"), "person.postcode",
                "1012 JS!"), UUID.randomUUID()), null);

        List<String> raw = metrics.raw().subList(before, metrics.raw().size());
        assertThat(raw).isNotEmpty();
        for (String personal : PERSONAL_DATA_OF_THE_FIXTURE) {
            assertThat(raw).noneMatch(document -> document.contains(personal));
        }
    }

    private List<JsonNode> written() {
        return metrics.documents().subList(before, metrics.raw().size());
    }

    /** Every dimension a document publishes its metrics under (one document may serve several). */
    private static List<String> dimensions(JsonNode document) {
        return List.of("Region", "TargetGroup").stream().filter(document::has)
                .map(name -> name + ":" + document.get(name).asText()).toList();
    }

    private static String dimension(JsonNode document) {
        for (String name : List.of("Region", "TargetGroup")) {
            if (document.has(name)) {
                return name + ":" + document.get(name).asText();
            }
        }
        return "none";
    }

    private static APIGatewayV2HTTPEvent withKey(APIGatewayV2HTTPEvent event, UUID key) {
        return Events.withIdempotencyKey(event, key.toString());
    }
}
