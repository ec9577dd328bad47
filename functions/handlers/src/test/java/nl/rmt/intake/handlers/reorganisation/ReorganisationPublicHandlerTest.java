package nl.rmt.intake.handlers.reorganisation;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.store.DynamoDbReorganisations;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.ReorganisationCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReorganisationPublicHandlerTest {

    private static ReorganisationDeskHandler desk;
    private static ReorganisationPublicHandler pub;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        desk = LocalStack.asFunction("ReorganisationDeskFunction", ReorganisationDeskHandler::new);
        pub = LocalStack.asFunction("ReorganisationPublicFunction", ReorganisationPublicHandler::new);
    }

    private static JsonNode registered() {
        return body(desk.handleRequest(ReorganisationCalls.register("AM23", "AM23"), null));
    }

    /** The public function as it would answer at noon (Dutch summer time) on a given day. */
    private static ReorganisationPublicHandler on(String day) {
        Clock clock = Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC);
        return LocalStack.asFunction("ReorganisationPublicFunction", () -> new ReorganisationPublicHandler(
                new DynamoDbReorganisations(AwsClients.dynamoDb(), LocalStack.table()), clock));
    }

    @Test
    void namesTheEmployerOfAValidInvitationHoweverTheCodeIsTyped() {
        String code = registered().at("/invitation/code").asText();
        String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4, 8) + " " + code.substring(8);

        APIGatewayV2HTTPResponse response = pub.handleRequest(ReorganisationCalls.invitation(typed), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode answer = body(response);
        assertThat(answer.get("code").asText()).isEqualTo(code);
        assertThat(answer.at("/reorganisation/employerName").asText()).isEqualTo("Drechtwerk Metaal BV");
        assertThat(answer.at("/reorganisation/region").asText()).isEqualTo("AM23");
        assertThat(answer.at("/reorganisation/expectedNoticeDate").asText()).isEqualTo("2027-03-01");
        assertThat(answer.toString()).doesNotContain("Petra");
    }

    @Test
    void takesTheCodeThroughItsLastDayAndRefusesItAsExpiredTheDayAfterInTheCallersLanguage() {
        String code = registered().at("/invitation/code").asText();

        APIGatewayV2HTTPResponse lastDay = on("2027-06-30").handleRequest(ReorganisationCalls.invitation(code), null);
        APIGatewayV2HTTPResponse dayAfter = on("2027-07-01").handleRequest(
                Events.withHeader(ReorganisationCalls.invitation(code), "accept-language", "en-GB"), null);

        assertThat(lastDay.getStatusCode()).isEqualTo(200);
        assertThat(dayAfter.getStatusCode()).isEqualTo(410);
        assertThat(body(dayAfter).get("code").asText()).isEqualTo("INVITATION_EXPIRED");
        assertThat(body(dayAfter).get("message").asText()).contains("expired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"K7QM4XWDP3RA", "K7QM4XWDP3R0", "short", "%2e%2e%2f", "\u0000", ""})
    void answersAnUnknownOrImpossibleCode404(String code) {
        APIGatewayV2HTTPResponse response = pub.handleRequest(ReorganisationCalls.invitation(code), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(body(response).get("code").asText()).isEqualTo("INVITATION_UNKNOWN");
        assertThat(body(response).get("message").asText()).contains("uitnodigingscode");
    }

    @Test
    void answersAMissingCode404() {
        assertThat(pub.handleRequest(ReorganisationCalls.invitation(null), null).getStatusCode()).isEqualTo(404);
        assertThat(pub.handleRequest(ReorganisationCalls.invitation("x".repeat(10_000)), null).getStatusCode())
                .isEqualTo(404);
    }

    @Test
    void showsTheEmployerOnlyCountsWithEverySmallNumberSuppressed() {
        JsonNode answer = registered();
        String id = answer.get("reorganisationId").asText();
        String key = ReorganisationCalls.keyOf(answer.at("/employerView/url").asText());

        APIGatewayV2HTTPResponse response = pub.handleRequest(ReorganisationCalls.employerView(id, key), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode view = body(response);
        assertThat(view.get("employerName").asText()).isEqualTo("Drechtwerk Metaal BV");
        assertThat(view.at("/counts/invitedJobs")).isEqualTo(Events.body(jsonAnswer("{\"count\":40}")));
        for (String cell : new String[] {"applications", "inCoaching", "movedToWork", "toTraining", "other"}) {
            assertThat(view.at("/counts/" + cell)).isEqualTo(Events.body(jsonAnswer("{\"fewerThan\":5}")));
        }
    }

    @Test
    void answersAWrongMissingOrForeignKeyAndAnUnknownIdAlike() {
        JsonNode first = registered();
        JsonNode second = registered();
        String id = first.get("reorganisationId").asText();
        String othersKey = ReorganisationCalls.keyOf(second.at("/employerView/url").asText());

        APIGatewayV2HTTPResponse foreign = pub.handleRequest(ReorganisationCalls.employerView(id, othersKey), null);
        APIGatewayV2HTTPResponse missing = pub.handleRequest(ReorganisationCalls.employerView(id, null), null);
        APIGatewayV2HTTPResponse unknown = pub.handleRequest(ReorganisationCalls.employerView(
                "reo-00000000-0000-4000-8000-000000000000", othersKey), null);
        APIGatewayV2HTTPResponse impossible = pub.handleRequest(ReorganisationCalls.employerView(
                "../" + "a".repeat(2000), othersKey), null);

        for (APIGatewayV2HTTPResponse response : new APIGatewayV2HTTPResponse[] {foreign, missing, unknown,
                impossible}) {
            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(response.getBody()).isEqualTo(foreign.getBody());
        }
    }

    private static APIGatewayV2HTTPResponse jsonAnswer(String json) {
        return APIGatewayV2HTTPResponse.builder().withBody(json).build();
    }
}
