package nl.rmt.intake.handlers.intake;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.function.Consumer;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and malformed intake bodies: every field error at once, strict JSON types, nothing stored. */
class IntakeFieldErrorsTest {

    private static SubmitIntakeHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("SubmitIntakeFunction", SubmitIntakeHandler::new);
    }

    @Test
    void refusesALoneSurrogateInTheFamilyNameWithAFieldErrorAndStoresNothing() {
        int itemsBefore = LocalStack.itemCount();
        String body = form(f -> ((ObjectNode) f.get("person")).put("familyName", "X@LONE@Jansen"))
                .replace("@LONE@", "\\udfff");

        APIGatewayV2HTTPResponse response = submit(body);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errors(response)).extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
                .containsExactly(tuple("person.familyName", "INVALID_CHARACTERS"));
        assertThat(LocalStack.itemCount()).isEqualTo(itemsBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\uffff", "\\ufdd0", "\\ud83f\\udffe", "\\u202e", "\\u2066", "\\u0000", "\\n", "\\u0085",
            "\\udfff\\ud800"})
    void refusesCharactersThatCannotTravelInANameButKeepsLineBreaksForTheRemarks(String escaped) {
        String body = form(f -> {
            ((ObjectNode) f.get("person")).put("givenName", "Ja@X@n");
            f.put("remarks", "Twee@X@regels");
        }).replace("@X@", escaped);

        APIGatewayV2HTTPResponse response = submit(body);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errors(response)).extracting(e -> e.get("field").asText())
                .contains("person.givenName")
                .matches(fields -> fields.contains("remarks") != escaped.equals("\\n"), "remarks keep line breaks");
    }

    @Test
    void reportsStructuralErrorsTogetherWithEveryOtherBadField() {
        String body = form(f -> {
            ObjectNode person = (ObjectNode) f.get("person");
            person.put("bsnNummer", "x");
            person.put("email", 12);
            person.put("postcode", "0000 XX");
            ObjectNode situation = (ObjectNode) f.get("situation");
            situation.put("statusHolder", "true");
            situation.put("hasBasicQualification", 1);
            situation.put("workStatus", "SLEEPING");
            f.set("needs", Json.MAPPER.createObjectNode());
            f.put("favouriteColour", "blue");
            ((ObjectNode) f.get("consent")).put("privacyStatement", "0");
        });

        APIGatewayV2HTTPResponse response = submit(body);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errors(response)).extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
                .containsExactlyInAnyOrder(
                        tuple("person.bsnNummer", "BSN_NOT_ALLOWED"),
                        tuple("person.email", "INVALID_TYPE"),
                        tuple("person.postcode", "INVALID_POSTCODE"),
                        tuple("situation.statusHolder", "INVALID_TYPE"),
                        tuple("situation.hasBasicQualification", "INVALID_TYPE"),
                        tuple("situation.workStatus", "UNKNOWN_VALUE"),
                        tuple("needs", "INVALID_TYPE"),
                        tuple("favouriteColour", "UNKNOWN_FIELD"),
                        tuple("consent.privacyStatement", "INVALID_TYPE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "1", "\"0\"", "0", "[]", "{}"})
    void acceptsOnlyTrueOrFalseForABoolean(String value) {
        String body = form(f -> ((ObjectNode) f.get("situation")).put("statusHolder", "@V@"))
                .replace("\"@V@\"", value);

        APIGatewayV2HTTPResponse response = submit(body);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errors(response)).extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
                .containsExactly(tuple("situation.statusHolder", "INVALID_TYPE"));
    }

    @Test
    void namesAnUnknownKeyOnlyCutShortAndEscaped() {
        String key = "personal-data-" + "\u00e9".repeat(10) + "x".repeat(500);
        String body = form(f -> f.put(key, "value-never-echoed"));

        APIGatewayV2HTTPResponse response = submit(body);

        String field = errors(response).get(0).get("field").asText();
        assertThat(field).startsWith("personal-data-\\u00e9").endsWith("...").hasSizeLessThanOrEqualTo(43);
        assertThat(response.getBody()).doesNotContain("value-never-echoed", "x".repeat(41));
    }

    @Test
    void refusesARepeatedKeyAsUnreadable() {
        String body = form(f -> { }).replaceFirst("\\{", "{\"remarks\":\"a\",\"remarks\":\"b\",");

        APIGatewayV2HTTPResponse response = submit(body);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errors(response).get(0).get("code").asText()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void refusesABodyThatClaimsBase64ButIsNot() {
        APIGatewayV2HTTPEvent event = event(form(f -> { }));
        event.setIsBase64Encoded(true);
        event.setBody("%%%not base64%%%");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
    }

    @Test
    void refusesABsnInTheEmailsLocalPart() {
        String body = form(f -> ((ObjectNode) f.get("person")).put("email", "111.222.333@example.org"));

        APIGatewayV2HTTPResponse response = submit(body);

        assertThat(errors(response)).extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
                .containsExactly(tuple("person.email", "BSN_NOT_ALLOWED"));
    }

    @Test
    void reportsAMalformedIdempotencyKeyTogetherWithTheFormsErrors() {
        APIGatewayV2HTTPEvent event = Events.withIdempotencyKey(event(form(f ->
                ((ObjectNode) f.get("person")).put("postcode", "0000 XX"))), "has spaces in it");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(errors(response)).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("person.postcode", "Idempotency-Key");
    }

    private static String form(Consumer<ObjectNode> change) {
        try {
            ObjectNode form = (ObjectNode) Json.MAPPER.readTree(Events.intake("jobseeker-ww-midden-brabant").getBody());
            change.accept(form);
            return Json.MAPPER.writeValueAsString(form);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static APIGatewayV2HTTPEvent event(String body) {
        APIGatewayV2HTTPEvent event = Events.withIdempotencyKey(Events.intake("jobseeker-ww-midden-brabant"),
                UUID.randomUUID().toString());
        event.setBody(body);
        return event;
    }

    private static APIGatewayV2HTTPResponse submit(String body) {
        return handler.handleRequest(event(body), null);
    }

    private static java.util.List<JsonNode> errors(APIGatewayV2HTTPResponse response) {
        java.util.List<JsonNode> errors = new java.util.ArrayList<>();
        body(response).get("errors").forEach(errors::add);
        return errors;
    }
}
