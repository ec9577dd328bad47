package nl.rmt.intake.handlers.intake;

import java.util.Map;
import nl.rmt.intake.domain.form.Language;

/** The texts for a body that cannot be read as an intake form, in the citizen's language. */
final class ParserMessages {

    static final String MALFORMED_JSON = "MALFORMED_JSON";
    static final String INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY";

    private static final Map<String, Map<Language, String>> TEXTS = Map.of(
            MALFORMED_JSON, Map.of(
                    Language.NL, "Het formulier kon niet worden gelezen: de inhoud is geen geldige JSON.",
                    Language.EN, "The form could not be read: the content is not valid JSON."),
            INVALID_IDEMPOTENCY_KEY, Map.of(
                    Language.NL, "De Idempotency-Key moet 1 tot 255 zichtbare ASCII-tekens bevatten.",
                    Language.EN, "The Idempotency-Key must be 1 to 255 visible ASCII characters."));

    private ParserMessages() {
    }

    static String text(String code, Language language) {
        return TEXTS.get(code).get(language);
    }
}
