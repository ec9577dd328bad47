package nl.rmt.intake.handlers.intake;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class PreviewIntakeHandlerTest {

    private static PreviewIntakeHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("PreviewIntakeFunction", PreviewIntakeHandler::new);
    }

    @ParameterizedTest
    @Event(value = "events/preview/zzp-noordoost-brabant.json", type = APIGatewayV2HTTPEvent.class)
    void explainsTheRegionsOverrideThatSendsZzpCasesToItsProject(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode decision = body(response);
        assertThat(decision.at("/targetGroups/0/group").asText()).isEqualTo("ZZP");
        assertThat(decision.at("/targetGroups/0/reason").asText()).isNotBlank();
        assertThat(decision.at("/lead/rule/source").asText()).isEqualTo("AM27");
        assertThat(decision.at("/lead/partner/id").asText()).isEqualTo("am27-zzp-project");
        assertThat(decision.at("/lead/partner/queue").asText())
                .isEqualTo(LocalStack.queueName("partner-am27-zzp-project"));
        assertThat(decision.get("rulesVersion").asText()).isNotBlank();
    }

    @ParameterizedTest
    @Event(value = "events/preview/zzp-noordoost-brabant.json", type = APIGatewayV2HTTPEvent.class)
    void storesNothing(APIGatewayV2HTTPEvent event) {
        int itemsBefore = LocalStack.itemCount();

        handler.handleRequest(event, null);

        assertThat(LocalStack.itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void explainsTheConsentFallbackToTheRegionalDesk() {
        APIGatewayV2HTTPEvent event = Events.intake("youth-employed-no-consent-groningen");

        JsonNode decision = body(handler.handleRequest(event, null));

        assertThat(decision.at("/lead/requestedPartnerType").asText()).isEqualTo("GEMEENTE");
        assertThat(decision.at("/lead/partner/id").asText()).isEqualTo("rmt-am01");
        assertThat(decision.at("/lead/fallbacks")).isNotEmpty();
    }

    @Test
    void answersABadFormWithTheSameFieldErrorsAsTheSubmission() {
        APIGatewayV2HTTPEvent event = Events.withField(Events.intake("newcomer-amsterdam"), "person.email", "nope");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/field").asText()).isEqualTo("person.email");
    }
}
