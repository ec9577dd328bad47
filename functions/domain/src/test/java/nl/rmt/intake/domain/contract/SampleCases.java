package nl.rmt.intake.domain.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.ValidationResult;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.PartnerMessage;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.routing.RoutingDecision;

/**
 * Messages as production builds them: a form as a citizen types it, through the real validator, classifier, router
 * and message factory, written by a plain JSON mapper. The person is fictional.
 */
final class SampleCases {

    static final IntakeTriage TRIAGE = IntakeTriage.loadDefault();
    static final String CASE_ID = "3b8f2c1e-6a0d-4f7b-9c55-0e2d7a4b91f3";
    static final String REFERENCE = "RMT-7KQ4-XM2P";
    static final String DESK_REGION = "AM18";
    static final LocalDate INTAKE_DATE = LocalDate.of(2026, 3, 2);
    static final Instant SUBMITTED_AT = Instant.parse("2026-03-02T09:15:00Z");

    /**
     * Every person field filled in, typed loosely (phone and postcode as people write them), so that a message shows
     * each field its type may see, in the form the validator normalises it to.
     */
    static final IntakeSubmission COMPLETE = new IntakeSubmission(
            new IntakeSubmission.Person("Noor", "de Vries", "noor.devries@example.org", "06 1234 5678", "1999-04-12",
                    "1012ab", "GM0363", "nl"),
            new IntakeSubmission.Situation("EMPLOYED", "2026-06-30", "NONE", false, false, true),
            List.of("WORK", "TRAINING", "DEBT_HELP", "LANGUAGE"),
            new IntakeSubmission.Consent(true, Map.of("UWV", true, "GEMEENTE", true, "VAKBOND", true, "ONDERWIJS", true,
                    "SCHULDHULP", true)),
            "Ik zoek werk in de zorg, het liefst in de buurt.");

    /** Only what the form requires; phone, postcode, municipality and remarks are left out. */
    static final IntakeSubmission SPARSE = new IntakeSubmission(
            new IntakeSubmission.Person("Sam", "Jansen", "sam.jansen@example.org", null, "1988-10-03", null, null, "en"),
            new IntakeSubmission.Situation("UNEMPLOYED", null, "WW", false, true, false),
            List.of("WORK"),
            new IntakeSubmission.Consent(true, Map.of()),
            null);

    private SampleCases() {
    }

    static IntakeForm form(IntakeSubmission submission) {
        ValidationResult result = TRIAGE.validate(submission, DESK_REGION, Language.NL, INTAKE_DATE);
        if (!(result instanceof ValidationResult.Valid valid)) {
            throw new IllegalStateException("the sample form is invalid: " + result);
        }
        return valid.form();
    }

    static RoutingDecision decision(IntakeForm form) {
        return TRIAGE.decide(form, DESK_REGION, INTAKE_DATE);
    }

    static Partner partnerOfType(PartnerType type) {
        return TRIAGE.routingData().partners().resolve(DESK_REGION, type);
    }

    /** The complete sample case as the given partner type would receive it in round 1. */
    static PartnerMessage assigned(PartnerType type, Role role) {
        IntakeForm form = form(COMPLETE);
        return TRIAGE.messageFactory().build(CASE_ID, REFERENCE, decision(form),
                new Recipient(partnerOfType(type), role, List.of()), form, SUBMITTED_AT);
    }

    static ObjectNode json(Object message) {
        return Contract.JSON.valueToTree(message);
    }

    static ObjectNode copy(JsonNode message) {
        return (ObjectNode) message.deepCopy();
    }
}
