package nl.rmt.intake.domain.contract;

import static nl.rmt.intake.domain.contract.Contract.json;
import static nl.rmt.intake.domain.contract.Contract.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.rmt.intake.domain.feedback.FeedbackSubmission;
import nl.rmt.intake.domain.feedback.FeedbackValidation;
import nl.rmt.intake.domain.feedback.FeedbackValidator;
import nl.rmt.intake.domain.form.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * feedback.schema.json describes the body the feedback API accepts. A body the schema accepts must not get a 400,
 * and the mistakes a partner is likely to make are refused by both.
 */
class FeedbackContractTest {

    private static final String FEEDBACK = "feedback.schema.json";

    @ParameterizedTest
    @ValueSource(strings = {
            "{'type': 'ACCEPTED'}",
            "{'type': 'CONTACTED', 'reason': 'Gebeld, afspraak op 12 maart.'}",
            "{'type': 'REJECTED', 'reason': 'Woont buiten ons werkgebied.'}",
            "{'type': 'CLOSED', 'outcome': 'WORK'}",
            "{'type': 'CLOSED', 'outcome': 'NO_SHOW', 'reason': 'Drie keer gebeld, geen reactie.'}"})
    void aBodyTheSchemaAcceptsTheServerAcceptsToo(String body) {
        JsonNode json = json(body);

        assertThat(problems(FEEDBACK, json)).isEmpty();
        assertThat(serverValidation(json)).isInstanceOf(FeedbackValidation.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{'type': 'PLACED'}",
            "{'type': 'REJECTED'}",
            "{'type': 'REJECTED', 'reason': '   '}",
            "{'type': 'CLOSED'}",
            "{'type': 'CLOSED', 'outcome': 'RETIRED'}",
            "{'type': 'ACCEPTED', 'outcome': 'WORK'}",
            "{'type': 'CONTACTED', 'reason': 'eerste regel\\ntweede regel'}"})
    void aBodyTheServerRefusesTheSchemaRefusesToo(String body) {
        JsonNode json = json(body);

        assertThat(serverValidation(json)).isInstanceOf(FeedbackValidation.Invalid.class);
        assertThat(problems(FEEDBACK, json)).isNotEmpty();
    }

    @Test
    void aReasonOfFiveHundredCharactersFitsAndOneMoreDoesNot() {
        assertThat(problems(FEEDBACK, body("REJECTED", "x".repeat(500)))).isEmpty();
        assertThat(problems(FEEDBACK, body("REJECTED", "x".repeat(501)))).isNotEmpty();
        assertThat(serverValidation(body("REJECTED", "x".repeat(501)))).isInstanceOf(FeedbackValidation.Invalid.class);
    }

    @Test
    void theSchemaRefusesAFieldTheApiDoesNotKnow() {
        assertThat(problems(FEEDBACK, json("{'type': 'ACCEPTED', 'bsn': '111222333'}"))).isNotEmpty();
    }

    private static JsonNode body(String type, String reason) {
        return Contract.JSON.createObjectNode().put("type", type).put("reason", reason);
    }

    private static FeedbackValidation serverValidation(JsonNode body) {
        return FeedbackValidator.validate(new FeedbackSubmission(text(body, "type"), text(body, "reason"),
                text(body, "outcome")), Language.EN);
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }
}
