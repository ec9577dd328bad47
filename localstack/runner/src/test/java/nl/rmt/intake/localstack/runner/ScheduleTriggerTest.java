package nl.rmt.intake.localstack.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.rmt.intake.localstack.runner.testfunctions.ScheduleInputRecorder;
import nl.rmt.intake.localstack.runner.testfunctions.ScheduleRecorder;
import org.joda.time.DateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduleTriggerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalLambda lambda = TestRuntime.lambda();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forgetEarlierFirings() {
        ScheduleRecorder.EVENTS.clear();
        ScheduleInputRecorder.INPUTS.clear();
    }

    @Test
    void triggeringAScheduleByHandInvokesTheFunctionWithEventBridgesScheduledEvent() {
        String result = lambda.triggerSchedule("ScheduledFunction");

        assertThat(result).isEqualTo("\"escalated 0 case(s)\"");
        assertThat(ScheduleRecorder.EVENTS).singleElement().satisfies(event -> {
            assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
            assertThat(event.getSource()).isEqualTo("aws.events");
            assertThat(event.getAccount()).isEqualTo("000000000000");
            assertThat(event.getRegion()).isEqualTo("eu-west-1");
            assertThat(event.getResources())
                    .containsExactly("arn:aws:events:eu-west-1:000000000000:rule/rmt-intake-ScheduledFunctionNightly");
            assertThat(event.getId()).isNotBlank();
            assertThat(event.getTime()).isBetween(DateTime.now().minusMinutes(1), DateTime.now().plusSeconds(1));
            assertThat(event.getDetail()).isEmpty();
        });
    }

    @Test
    void aScheduleWithAnInputPassesTheInputInsteadOfTheScheduledEvent() {
        lambda.triggerSchedule("InputScheduledFunction");

        assertThat(ScheduleInputRecorder.INPUTS).containsExactly(Map.of("kind", "reminder", "days", 5));
    }

    @Test
    void theLocalAdminRouteFiresAScheduleAndAnswersWithTheFunctionsResult() throws Exception {
        HttpResponse<String> response = post("/_local/schedules/ScheduledFunction");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()))
                .isEqualTo(JSON.readTree("{\"function\":\"ScheduledFunction\",\"result\":\"escalated 0 case(s)\"}"));
        assertThat(ScheduleRecorder.EVENTS).hasSize(1);
    }

    @Test
    void theAdminRouteTellsUnknownFunctionsAndOtherMethodsApart() throws Exception {
        HttpResponse<String> unknown = post("/_local/schedules/EchoFunction");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(url("/_local/schedules/ScheduledFunction")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No function EchoFunction with a schedule").contains("ScheduledFunction");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(ScheduleRecorder.EVENTS).isEmpty();
    }

    @Test
    void aFunctionWithoutAScheduleCannotBeTriggered() {
        assertThatThrownBy(() -> lambda.triggerSchedule("EchoFunction"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("InputScheduledFunction").hasMessageContaining("ScheduledFunction");
    }

    @Test
    void theRuntimeListsEverySchedule() {
        assertThat(lambda.schedules()).containsExactly(
                "ScheduledFunction: Nightly rate(1 day)",
                "InputScheduledFunction: Workdays cron(0 7 ? * MON-FRI *)");
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create(TestRuntime.lambda().httpApiUrl() + path);
    }
}
