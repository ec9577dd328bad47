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

    @Test
    void explainsEachPartnerAndEachNeedInPlainDutchAndEnglishBesideTheRuleIds() {
        JsonNode decision = body(handler.handleRequest(Events.intake("at-risk-employee-drechtsteden"), null));

        assertThat(decision.at("/lead/rule/id").asText()).isEqualTo("national-6-at-risk-employee");
        assertThat(decision.at("/lead/explanation/nl").asText()).isEqualTo(
                "Hoofdpartner: Vakbonden werk-naar-werk (FNV, CNV, VCP), omdat uw werk binnenkort stopt of op de tocht"
                        + " staat.");
        assertThat(decision.at("/lead/explanation/en").asText()).isEqualTo(
                "Lead: Trade unions' work-to-work service (FNV, CNV, VCP), because your job is ending or at risk.");
        assertThat(decision.at("/referrals/0/explanation/nl").asText())
                .isEqualTo("Doorverwezen naar Schuldhulpverlening Drechtsteden, omdat u hulp bij schulden vroeg.");
        assertThat(decision.at("/referrals/0/explanation/en").asText())
                .isEqualTo("Referred to Drechtsteden debt counselling, because you asked for help with debts.");
        assertThat(decision.at("/help/1/need").asText()).isEqualTo("DEBT_HELP");
        assertThat(decision.at("/help/1/role").asText()).isEqualTo("REFERRAL");
        assertThat(decision.at("/help/1/text/en").asText())
                .isEqualTo("For debts: Drechtsteden debt counselling will contact you within 5 working days.");
    }

    @Test
    void explainsTheConsentFallbackInPlainWords() {
        JsonNode decision = body(handler.handleRequest(Events.intake("youth-employed-no-consent-groningen"), null));

        assertThat(decision.at("/lead/explanation/en").asText())
                .endsWith("the municipality would lead, but you did not agree to share your details with the"
                        + " municipality.");
    }
}
