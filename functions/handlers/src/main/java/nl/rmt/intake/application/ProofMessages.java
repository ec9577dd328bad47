package nl.rmt.intake.application;

import java.util.Map;
import nl.rmt.intake.domain.form.Language;

/** Why an intake's proof of work was refused, in the citizen's language; the field is the header that carries it. */
public final class ProofMessages {

    public static final String FIELD = "X-Altcha";
    public static final String MISSING = "PROOF_OF_WORK_MISSING";
    public static final String INVALID = "PROOF_OF_WORK_INVALID";
    public static final String EXPIRED = "PROOF_OF_WORK_EXPIRED";
    public static final String SPENT = "PROOF_OF_WORK_SPENT";

    private static final Map<String, Map<Language, String>> TEXTS = Map.of(
            MISSING, Map.of(
                    Language.NL, "De controle dat u geen robot bent ontbreekt. Wacht tot de controle klaar is en verstuur opnieuw.",
                    Language.EN, "The check that you are not a robot is missing. Wait until the check is done and send again."),
            INVALID, Map.of(
                    Language.NL, "De controle dat u geen robot bent is niet gelukt. Wacht tot de nieuwe controle klaar is en verstuur opnieuw.",
                    Language.EN, "The check that you are not a robot failed. Wait until the new check is done and send again."),
            EXPIRED, Map.of(
                    Language.NL, "De controle dat u geen robot bent is verlopen. Wacht tot de nieuwe controle klaar is en verstuur opnieuw.",
                    Language.EN, "The check that you are not a robot has expired. Wait until the new check is done and send again."),
            SPENT, Map.of(
                    Language.NL, "De controle dat u geen robot bent is al gebruikt. Wacht tot de nieuwe controle klaar is en verstuur opnieuw.",
                    Language.EN, "The check that you are not a robot was already used. Wait until the new check is done and send again."));

    private ProofMessages() {
    }

    public static String text(String code, Language language) {
        return TEXTS.get(code).get(language);
    }
}
