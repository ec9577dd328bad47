package nl.rmt.intake.handlers.intake;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rmt.intake.application.SubmitIntake;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.handlers.reorganisation.ReorganisationDeskHandler;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.store.DynamoDbCaseStore;
import nl.rmt.intake.store.DynamoDbReorganisations;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.Outbox;
import nl.rmt.intake.testing.ReorganisationCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An employee applies through the invitation of the employer's reorganisation. */
class SubmitIntakeInvitationTest {

    private static SubmitIntakeHandler intake;
    private static ReorganisationDeskHandler desk;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        intake = LocalStack.asFunction("SubmitIntakeFunction", SubmitIntakeHandler::new);
        desk = LocalStack.asFunction("ReorganisationDeskFunction", ReorganisationDeskHandler::new);
    }

    private static JsonNode registeredIn(String region) {
        APIGatewayV2HTTPEvent register = region.equals("AM23") ? ReorganisationCalls.register("AM23", "AM23")
                : ReorganisationCalls.registerWith(region, "siteMunicipality", "GM0363");
        return body(desk.handleRequest(register, null));
    }

    private static APIGatewayV2HTTPEvent atRiskEmployee(String invitation) {
        APIGatewayV2HTTPEvent event = Events.withIdempotencyKey(Events.intake("at-risk-employee-drechtsteden"),
                UUID.randomUUID().toString());
        return Events.withField(event, "invitation", invitation);
    }

    private static List<String> errors(APIGatewayV2HTTPResponse response) {
        List<String> errors = new ArrayList<>();
        body(response).get("errors").forEach(e -> errors.add(e.get("field").asText() + " " + e.get("code").asText()));
        return errors;
    }

    @Test
    void aCaseThroughAValidInvitationCarriesTheReorganisationAndNamesTheEmployer() {
        JsonNode reorganisation = registeredIn("AM23");
        String code = reorganisation.at("/invitation/code").asText();

        APIGatewayV2HTTPResponse response = intake.handleRequest(atRiskEmployee(code.toLowerCase()), null);

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(body(response).at("/reorganisation/employerName").asText()).isEqualTo("Drechtwerk Metaal BV");
        var stored = LocalStack.caseItem(body(response).get("caseId").asText());
        var context = stored.get("reorganisation").m();
        assertThat(context.get("reorganisationId").s()).isEqualTo(reorganisation.get("reorganisationId").asText());
        assertThat(context.get("employerName").s()).isEqualTo("Drechtwerk Metaal BV");
        assertThat(context.get("kvkNumber").s()).isEqualTo("12345678");
        assertThat(context.get("sector").s()).isEqualTo("C");
        assertThat(context.get("expectedNoticeDate").s()).isEqualTo("2027-03-01");
    }

    @Test
    void drechtstedensRuleForReorganisationsChoosesTheLeadWhoseMessageNamesTheEmployer() {
        String code = registeredIn("AM23").at("/invitation/code").asText();

        String caseId = body(intake.handleRequest(atRiskEmployee(code), null)).get("caseId").asText();

        assertThat(LocalStack.caseItem(caseId).get("leadPartnerId").s()).isEqualTo("uwv");
        var leadMessage = LocalStack.itemsOfCase(caseId).stream()
                .filter(item -> item.get("sk").s().equals("OUTBOX#PARTNER#uwv")).findFirst().orElseThrow();
        assertThat(Outbox.body(leadMessage)).contains("\"reorganisation\":{\"employerName\":\"Drechtwerk Metaal BV\"")
                .contains("\"kvkNumber\":\"12345678\"");
    }

    @Test
    void theReorganisationsFunnelCountsItsCasesAndWithholdsWhatWouldGiveTheZerosAway() {
        JsonNode reorganisation = registeredIn("AM23");
        String id = reorganisation.get("reorganisationId").asText();
        String code = reorganisation.at("/invitation/code").asText();
        for (int i = 0; i < 6; i++) {
            assertThat(intake.handleRequest(atRiskEmployee(code), null).getStatusCode()).isEqualTo(202);
        }

        JsonNode view = body(desk.handleRequest(ReorganisationCalls.read("AM23", id, "AM23"), null));

        assertThat(view.at("/funnel/applications/count").asInt()).isEqualTo(6);
        assertThat(view.at("/funnel/inCoaching/fewerThan").asInt()).isEqualTo(5);
        // All six are waiting for their lead; shown, that would tell the employer the three small cells are 0.
        assertThat(view.at("/funnel/other/withheld").asBoolean()).isTrue();
    }

    @Test
    void anUnknownCodeIsAFieldErrorBesideTheOthersAndNothingIsStored() {
        int before = LocalStack.itemCount();
        APIGatewayV2HTTPEvent event = Events.withField(atRiskEmployee("K7QM4XWDP3RA"), "person.email", "nope");

        APIGatewayV2HTTPResponse response = intake.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactlyInAnyOrder("person.email INVALID_EMAIL",
                "invitation INVITATION_UNKNOWN");
        assertThat(body(response).get("errors").toString()).contains("uitnodigingscode");
        assertThat(LocalStack.itemCount()).isEqualTo(before);
    }

    @Test
    void anotherRegionsCodeIsUnknownOnThisDesksForm() {
        String amsterdam = registeredIn("AM18").at("/invitation/code").asText();

        APIGatewayV2HTTPResponse response = intake.handleRequest(atRiskEmployee(amsterdam), null);

        assertThat(errors(response)).containsExactly("invitation INVITATION_UNKNOWN");
    }

    @Test
    void aClosedReorganisationsCodeIsRefusedAsClosed() {
        JsonNode reorganisation = registeredIn("AM23");
        desk.handleRequest(ReorganisationCalls.close("AM23", reorganisation.get("reorganisationId").asText()), null);

        APIGatewayV2HTTPResponse response = intake.handleRequest(
                atRiskEmployee(reorganisation.at("/invitation/code").asText()), null);

        assertThat(errors(response)).containsExactly("invitation INVITATION_CLOSED");
    }

    @Test
    void aCodePastItsLastDayIsRefusedAsExpired() {
        String code = registeredIn("AM23").at("/invitation/code").asText();
        Clock dayAfter = Clock.fixed(Instant.parse("2027-07-01T10:00:00Z"), ZoneOffset.UTC);
        SubmitIntakeHandler later = LocalStack.asFunction("SubmitIntakeFunction", () -> new SubmitIntakeHandler(
                new SubmitIntake(IntakeTriage.loadDefault(), new DynamoDbCaseStore(AwsClients.dynamoDb(),
                        LocalStack.table(), new QueueNames(System.getProperty("QUEUE_NAME_PREFIX"))), dayAfter,
                        new SecureRandom(), 3, new DynamoDbReorganisations(AwsClients.dynamoDb(), LocalStack.table()))));

        APIGatewayV2HTTPResponse response = later.handleRequest(atRiskEmployee(code), null);

        assertThat(errors(response)).containsExactly("invitation INVITATION_EXPIRED");
    }

    @Test
    void anInvitationOfTheWrongTypeIsAFieldError() {
        APIGatewayV2HTTPEvent event = atRiskEmployee("x");
        event.setBody(event.getBody().replace("\"invitation\":\"x\"", "\"invitation\":12"));

        APIGatewayV2HTTPResponse response = intake.handleRequest(event, null);

        assertThat(errors(response)).containsExactly("invitation INVALID_TYPE");
    }
}
