package nl.rmt.intake.openapi;

import static nl.rmt.intake.openapi.ExchangeAssert.assertThatExchange;
import static nl.rmt.intake.testing.Events.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.rmt.intake.handlers.reorganisation.ReorganisationDeskHandler;
import nl.rmt.intake.handlers.reorganisation.ReorganisationPublicHandler;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.ReorganisationCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reorganisation routes, called with the requests in events/reorganisations and events/invitations, answer as
 * api/openapi.yaml says. */
class OpenApiReorganisationContractTest {

    private static ReorganisationDeskHandler desk;
    private static ReorganisationPublicHandler pub;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        desk = LocalStack.asFunction("ReorganisationDeskFunction", ReorganisationDeskHandler::new);
        pub = LocalStack.asFunction("ReorganisationPublicFunction", ReorganisationPublicHandler::new);
    }

    private static JsonNode exchange(APIGatewayV2HTTPEvent request, int status) {
        APIGatewayV2HTTPResponse response = (request.getRequestContext().getAuthorizer() == null ? pub : desk)
                .handleRequest(request, null);
        assertThatExchange(request, response).hasStatus(status).requestFollowsTheDocument().answerFollowsTheDocument();
        return body(response);
    }

    @Test
    void theDeskRoutesFollowTheDocumentFromRegistrationToClosing() {
        JsonNode registered = exchange(ReorganisationCalls.register("AM23", "AM23"), 201);
        String id = registered.get("reorganisationId").asText();

        exchange(ReorganisationCalls.list("AM23", Map.of("status", "OPEN")), 200);
        exchange(ReorganisationCalls.read("AM23", id, "AM23"), 200);
        exchange(ReorganisationCalls.employerKey("AM23", id), 200);
        exchange(ReorganisationCalls.close("AM23", id), 200);
        exchange(ReorganisationCalls.read("AM23", "reo-00000000-0000-4000-8000-000000000000", "AM23"), 404);
    }

    @Test
    void aBadRegistrationAndAForeignDeskAreAnsweredAsDocumented() {
        APIGatewayV2HTTPEvent bad = ReorganisationCalls.registerWith("AM23", "employer.kvkNumber", "123");
        APIGatewayV2HTTPResponse badAnswer = desk.handleRequest(bad, null);
        APIGatewayV2HTTPEvent foreign = ReorganisationCalls.register("AM23", "AM18");

        assertThatExchange(bad, badAnswer).hasStatus(400).answerFollowsTheDocument();
        assertThatExchange(foreign, desk.handleRequest(foreign, null)).hasStatus(403).answerFollowsTheDocument();
    }

    @Test
    void thePublicRoutesFollowTheDocument() {
        JsonNode registered = exchange(ReorganisationCalls.register("AM23", "AM23"), 201);
        String id = registered.get("reorganisationId").asText();
        String key = ReorganisationCalls.keyOf(registered.at("/employerView/url").asText());

        exchange(ReorganisationCalls.invitation(registered.at("/invitation/code").asText()), 200);
        exchange(ReorganisationCalls.invitation("K7QM4XWDP3RA"), 404);
        exchange(ReorganisationCalls.employerView(id, key), 200);
        exchange(ReorganisationCalls.employerView(id, "not-the-key"), 404);
        desk.handleRequest(ReorganisationCalls.close("AM23", id), null);
        exchange(ReorganisationCalls.invitation(registered.at("/invitation/code").asText()), 410);
    }
}
