package nl.rmt.intake.handlers.intake;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rmt.intake.domain.casefile.PublicReference;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SubmitIntakeHandlerTest {

    private static SubmitIntakeHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("SubmitIntakeFunction", SubmitIntakeHandler::new);
    }

    @Test
    void acceptsAValidFormWith202AndTheLeadAndExpectedContactTime() {
        APIGatewayV2HTTPResponse response = submit(freshKey(Events.intake("jobbank-wajong-amsterdam")));

        assertThat(response.getStatusCode()).isEqualTo(202);
        JsonNode body = body(response);
        assertThat(PublicReference.isWellFormed(body.get("reference").asText())).isTrue();
        assertThat(body.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(body.get("region").asText()).isEqualTo("AM18");
        assertThat(body.at("/lead/partnerId").asText()).isEqualTo("uwv");
        assertThat(body.at("/lead/name").asText()).isNotBlank();
        assertThat(body.at("/lead/contactWithinWorkingDays").asInt()).isPositive();
    }

    @Test
    void namesTheKindsOfOrganisationThatReceiveTheDataLeadFirst() {
        JsonNode body = body(submit(freshKey(Events.intake("at-risk-employee-drechtsteden"))));

        assertThat(body.get("sharedWith")).extracting(JsonNode::asText).containsExactly("VAKBOND", "SCHULDHULP");
    }

    @Test
    void storesTheCaseAsItsOwnFirstHistoryEntryAndOneOutboxMessagePerPartnerInOneGo() {
        JsonNode body = body(submit(freshKey(Events.intake("at-risk-employee-drechtsteden"))));
        String caseId = body.get("caseId").asText();

        List<Map<String, AttributeValue>> items = LocalStack.itemsOfCase(caseId);
        List<String> sortKeys = items.stream().map(item -> item.get("sk").s()).toList();
        assertThat(sortKeys).contains("CASE", "OUTBOX#PARTNER#vakbonden", "OUTBOX#PARTNER#am23-schuldhulp");
        assertThat(sortKeys).noneMatch(sk -> sk.startsWith("HISTORY#"));
        assertThat(LocalStack.historyOf(caseId)).singleElement().satisfies(entry -> {
            assertThat(entry.has("from")).isFalse();
            assertThat(entry.get("to").asText()).isEqualTo("SUBMITTED");
            assertThat(entry.get("actor").asText()).isEqualTo("citizen");
            assertThat(entry.get("at").asText()).isEqualTo(LocalStack.stateItem(caseId).get("submittedAt").s());
            assertThat(entry.get("reason").asText()).isEqualTo("intake form submitted");
        });

        Map<String, AttributeValue> caseItem = LocalStack.caseItem(caseId);
        assertThat(caseItem.get("status").s()).isEqualTo("SUBMITTED");
        assertThat(caseItem.get("region").s()).isEqualTo("AM23");
        assertThat(caseItem.get("decision").m().get("lead").m().get("partner").m().get("id").s())
                .isEqualTo("vakbonden");
        assertThat(caseItem.get("targetGroups").l()).extracting(AttributeValue::s)
                .containsExactly("AT_RISK_EMPLOYEE", "DEBT");
    }

    @Test
    void putsTheCaseInTheHomeMunicipalitysRegionAndRecordsTheDesk() {
        JsonNode body = body(submit(freshKey(Events.intake("debt-help-assen-at-drenthe-desk"))));

        Map<String, AttributeValue> caseItem = LocalStack.caseItem(body.get("caseId").asText());
        assertThat(caseItem.get("region").s()).isEqualTo("AM01");
        assertThat(caseItem.get("deskRegion").s()).isEqualTo("AM03");
        assertThat(caseItem.get("decision").m().get("region").m().get("basis").s()).isEqualTo("HOME_MUNICIPALITY");
    }

    @ParameterizedTest
    @Event(value = "events/invalid/many-field-errors.json", type = APIGatewayV2HTTPEvent.class)
    void rejectsABadFormWithOneErrorPerBadFieldAndStoresNothing(APIGatewayV2HTTPEvent event) {
        int itemsBefore = LocalStack.itemCount();

        APIGatewayV2HTTPResponse response = submit(event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder(
                        "person.familyName", "person.email", "person.phone", "person.dateOfBirth",
                        "person.postcode", "person.homeMunicipality", "situation.workStatus", "needs[1]",
                        "consent.privacyStatement", "remarks");
        assertThat(LocalStack.itemCount()).isEqualTo(itemsBefore);
    }

    @ParameterizedTest
    @Event(value = "events/invalid/many-field-errors.json", type = APIGatewayV2HTTPEvent.class)
    void asksNotToShareABsnFoundInTheRemarksWithoutRepeatingIt(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = submit(event);

        JsonNode remarksError = errorFor(response, "remarks");
        assertThat(remarksError.get("code").asText()).isEqualTo("BSN_NOT_ALLOWED");
        assertThat(response.getBody()).doesNotContain("111222333");
    }

    @ParameterizedTest
    @Event(value = "events/invalid/bsn-field.json", type = APIGatewayV2HTTPEvent.class)
    void refusesAFieldNamedAfterTheBsnAndStoresNothing(APIGatewayV2HTTPEvent event) {
        int itemsBefore = LocalStack.itemCount();

        APIGatewayV2HTTPResponse response = submit(event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorFor(response, "person.bsn").get("code").asText()).isEqualTo("BSN_NOT_ALLOWED");
        assertThat(response.getBody()).doesNotContain("123456782");
        assertThat(LocalStack.itemCount()).isEqualTo(itemsBefore);
    }

    @ParameterizedTest
    @Event(value = "events/invalid/malformed-json.json", type = APIGatewayV2HTTPEvent.class)
    void answersUnreadableJsonWithA400OnTheBody(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = submit(event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorFor(response, "body").get("code").asText()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void reportsEveryUnknownFieldNotOnlyTheFirst() {
        APIGatewayV2HTTPEvent event = Events.withField(Events.withField(
                freshKey(Events.intake("jobseeker-ww-midden-brabant")), "person.nickname", "x"), "shoeSize", "44");

        APIGatewayV2HTTPResponse response = submit(event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("person.nickname", "shoeSize");
    }

    @Test
    void writesErrorsInTheFormsLanguage() {
        APIGatewayV2HTTPEvent event = Events.withField(
                freshKey(Events.intake("jobbank-wajong-amsterdam")), "person.postcode", "12345");

        APIGatewayV2HTTPResponse response = submit(event);

        assertThat(body(response).get("message").asText()).isEqualTo("The form has errors; nothing was stored.");
        assertThat(errorFor(response, "person.postcode").get("message").asText()).doesNotContain("12345");
    }

    @Test
    void answersARepeatedKeyAndBodyWithTheSameCaseAndStoresItOnce() {
        String key = UUID.randomUUID().toString();
        APIGatewayV2HTTPResponse first = submit(Events.withIdempotencyKey(Events.intake("newcomer-amsterdam"), key));
        APIGatewayV2HTTPResponse second = submit(Events.withIdempotencyKey(Events.intake("newcomer-amsterdam"), key));

        assertThat(second.getStatusCode()).isEqualTo(202);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(second.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(first.getHeaders()).doesNotContainKey("Idempotent-Replayed");
    }

    @Test
    void treatsTheSameFormWithReorderedFieldsAsTheSameRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        APIGatewayV2HTTPEvent original = Events.withIdempotencyKey(Events.intake("zzp-noordoost-brabant"), key);
        APIGatewayV2HTTPEvent reordered = Events.withIdempotencyKey(Events.intake("zzp-noordoost-brabant"), key);
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) nl.rmt.intake.json.Json.MAPPER.readTree(
                reordered.getBody());
        var person = tree.remove("person");
        tree.set("person", person);
        reordered.setBody(tree.toPrettyString());

        String firstCase = body(submit(original)).get("caseId").asText();
        APIGatewayV2HTTPResponse replay = submit(reordered);

        assertThat(replay.getStatusCode()).isEqualTo(202);
        assertThat(body(replay).get("caseId").asText()).isEqualTo(firstCase);
    }

    @Test
    void refusesAKeyReusedForAnotherFormWith422AndStoresNothingNew() {
        String key = UUID.randomUUID().toString();
        submit(Events.withIdempotencyKey(Events.intake("newcomer-amsterdam"), key));
        int itemsAfterFirst = LocalStack.itemCount();

        APIGatewayV2HTTPResponse reuse = submit(Events.withIdempotencyKey(
                Events.withField(Events.intake("newcomer-amsterdam"), "person.givenName", "Amanuel Yonas"), key));

        assertThat(reuse.getStatusCode()).isEqualTo(422);
        assertThat(LocalStack.itemCount()).isEqualTo(itemsAfterFirst);
    }

    @Test
    void createsANewCaseForEachSubmissionWithoutAKey() {
        APIGatewayV2HTTPResponse first = submit(Events.withIdempotencyKey(Events.intake("zzp-noordoost-brabant"), null));
        APIGatewayV2HTTPResponse second = submit(Events.withIdempotencyKey(Events.intake("zzp-noordoost-brabant"), null));

        assertThat(body(first).get("caseId").asText()).isNotEqualTo(body(second).get("caseId").asText());
        assertThat(body(first).get("reference").asText()).isNotEqualTo(body(second).get("reference").asText());
    }

    @Test
    void refusesAMalformedIdempotencyKey() {
        APIGatewayV2HTTPResponse response = submit(
                Events.withIdempotencyKey(Events.intake("zzp-noordoost-brabant"), "has spaces in it"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorFor(response, "Idempotency-Key").get("code").asText()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
    }

    @Test
    void refusesAnUnknownRegionInThePath() {
        APIGatewayV2HTTPEvent event = freshKey(Events.intake("zzp-noordoost-brabant"));
        event.setPathParameters(Map.of("region", "AM04"));

        APIGatewayV2HTTPResponse response = submit(event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorFor(response, "region").get("code").asText()).isEqualTo("UNKNOWN_REGION");
    }

    private static APIGatewayV2HTTPResponse submit(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    private static APIGatewayV2HTTPEvent freshKey(APIGatewayV2HTTPEvent event) {
        return Events.withIdempotencyKey(event, UUID.randomUUID().toString());
    }

    private static JsonNode errorFor(APIGatewayV2HTTPResponse response, String field) {
        for (JsonNode error : body(response).get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error;
            }
        }
        throw new AssertionError("No error for " + field + " in " + response.getBody());
    }

    @Test
    void tellsPerNeedWhoHelpsInTheFormsLanguage() {
        JsonNode body = body(submit(freshKey(Events.intake("at-risk-employee-drechtsteden"))));

        assertThat(body.get("help")).hasSize(2);
        assertThat(body.at("/help/0/need").asText()).isEqualTo("WORK");
        assertThat(body.at("/help/0/partnerId").asText()).isEqualTo("vakbonden");
        assertThat(body.at("/help/1/need").asText()).isEqualTo("DEBT_HELP");
        assertThat(body.at("/help/1/partnerId").asText()).isEqualTo("am23-schuldhulp");
        assertThat(body.at("/help/1/name").asText()).isEqualTo("Schuldhulpverlening Drechtsteden");
        assertThat(body.at("/help/1/contactWithinWorkingDays").asInt()).isEqualTo(5);
        assertThat(body.at("/help/1").has("consentWithheldFor")).isFalse();
    }

    @Test
    void aNeedWhosePartnerTypeHadNoConsentHasNoPartnerButNamesTheType() {
        APIGatewayV2HTTPEvent event = Events.withJsonField(Events.intake("jobseeker-ww-midden-brabant"), "needs",
                "[\"WORK\", \"INCOME_SUPPORT\"]");
        event = Events.withJsonField(event, "consent.partnerTypes.UWV", "false");

        JsonNode body = body(submit(freshKey(event)));

        assertThat(body.at("/help/1/need").asText()).isEqualTo("INCOME_SUPPORT");
        assertThat(body.at("/help/1").has("partnerId")).isFalse();
        assertThat(body.at("/help/1/consentWithheldFor").asText()).isEqualTo("UWV");
    }
}
