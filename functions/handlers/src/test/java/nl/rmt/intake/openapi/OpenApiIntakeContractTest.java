package nl.rmt.intake.openapi;

import static nl.rmt.intake.openapi.ExchangeAssert.assertThatExchange;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.rmt.intake.handlers.intake.PreviewIntakeHandler;
import nl.rmt.intake.handlers.intake.SubmitIntakeHandler;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The intake and preview routes, called with the forms in events/, answer as api/openapi.yaml says. */
class OpenApiIntakeContractTest {

    private static SubmitIntakeHandler submit;
    private static PreviewIntakeHandler preview;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        submit = LocalStack.asFunction("SubmitIntakeFunction", SubmitIntakeHandler::new);
        preview = LocalStack.asFunction("PreviewIntakeFunction", PreviewIntakeHandler::new);
    }

    static Stream<String> validForms() {
        return ApiCalls.fixtures("intakes");
    }

    static Stream<String> invalidForms() {
        return ApiCalls.fixtures("invalid");
    }

    @ParameterizedTest
    @MethodSource("validForms")
    void everyValidFormFollowsTheDocumentAndIsAccepted202AsDocumented(String fixture) {
        APIGatewayV2HTTPEvent request = ApiCalls.intake(fixture);

        APIGatewayV2HTTPResponse response = submit.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(202).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(response.getHeaders()).doesNotContainKey("Idempotent-Replayed");
    }

    @Test
    void aReplayIsAnswered202WithTheDocumentedReplayHeader() {
        String key = UUID.randomUUID().toString();
        submit.handleRequest(Events.withIdempotencyKey(ApiCalls.intake("newcomer-amsterdam"), key), null);
        APIGatewayV2HTTPEvent replay = Events.withIdempotencyKey(ApiCalls.intake("newcomer-amsterdam"), key);

        APIGatewayV2HTTPResponse response = submit.handleRequest(replay, null);

        assertThatExchange(replay, response).hasStatus(202).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(response.getHeaders()).containsEntry("Idempotent-Replayed", "true");
    }

    @ParameterizedTest
    @MethodSource("invalidForms")
    void everyInvalidFormIsRefusedByTheDocumentToo(String fixture) {
        APIGatewayV2HTTPEvent request = ApiCalls.invalidIntake(fixture);

        APIGatewayV2HTTPResponse response = submit.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aMalformedIdempotencyKeyIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = Events.withIdempotencyKey(Events.intake("zzp-noordoost-brabant"),
                "has spaces in it");

        APIGatewayV2HTTPResponse response = submit.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void anUnknownDeskRegionIsAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.intake("zzp-noordoost-brabant");
        request.setPathParameters(Map.of("region", "AM04"));
        request.setRawPath("/v1/regions/AM04/intakes");

        APIGatewayV2HTTPResponse response = submit.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).answerFollowsTheDocument();
    }

    @Test
    void aKeyReusedForAnotherFormIsAnswered422AsDocumented() {
        String key = UUID.randomUUID().toString();
        submit.handleRequest(Events.withIdempotencyKey(ApiCalls.intake("newcomer-amsterdam"), key), null);
        APIGatewayV2HTTPEvent other = Events.withIdempotencyKey(
                Events.withField(ApiCalls.intake("newcomer-amsterdam"), "person.givenName", "Amanuel Yonas"), key);

        APIGatewayV2HTTPResponse response = submit.handleRequest(other, null);

        assertThatExchange(other, response).hasStatus(422).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @ParameterizedTest
    @MethodSource("validForms")
    void everyValidFormIsExplained200AsDocumented(String fixture) {
        APIGatewayV2HTTPEvent request = ApiCalls.preview(ApiCalls.intake(fixture));

        APIGatewayV2HTTPResponse response = preview.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void thePreviewFixtureIsExplained200AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.previewFixture();

        APIGatewayV2HTTPResponse response = preview.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @ParameterizedTest
    @MethodSource("invalidForms")
    void aPreviewOfAnInvalidFormIsAnswered400AsDocumented(String fixture) {
        APIGatewayV2HTTPEvent request = ApiCalls.preview(ApiCalls.invalidIntake(fixture));

        APIGatewayV2HTTPResponse response = preview.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aPreviewWithABadEmailIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.preview(
                Events.withField(ApiCalls.intake("newcomer-amsterdam"), "person.email", "nope"));

        APIGatewayV2HTTPResponse response = preview.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void anIntakeBeyondTheAddresssDailyEmailsIsAnswered202AsDocumented() {
        SubmitIntakeHandler oneEmailADay = nl.rmt.intake.testing.EmailLimit.intakeHandlerAllowing(1);
        String address = "contract-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        oneEmailADay.handleRequest(Events.withIdempotencyKey(Events.withField(Events.intake("newcomer-amsterdam"),
                "person.email", address), UUID.randomUUID().toString()), null);
        APIGatewayV2HTTPEvent second = Events.withIdempotencyKey(Events.withField(Events.intake("newcomer-amsterdam"),
                "person.email", address), UUID.randomUUID().toString());

        APIGatewayV2HTTPResponse response = oneEmailADay.handleRequest(second, null);

        assertThatExchange(second, response).hasStatus(202).requestFollowsTheDocument().answerFollowsTheDocument();
        assertThat(Events.body(response).get("confirmationEmail").asText()).isEqualTo("WITHHELD_DAILY_LIMIT");
    }
}
