package nl.rmt.intake.handlers.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.handlers.http.JsonFieldReader;
import nl.rmt.intake.json.Json;

/**
 * Reads a request body as an {@link IntakeSubmission} with the types of {@code api/openapi.yaml}. It does not stop
 * at the first problem: every unknown key, every key named like a BSN and every value of the wrong type travels
 * with the submission, so that the validator answers them together with every other field's error.
 */
public final class IntakeBodyParser {

    private static final Set<String> FORM = Set.of("person", "situation", "needs", "consent", "remarks", "invitation");
    private static final Set<String> PERSON = Set.of("givenName", "familyName", "email", "phone", "dateOfBirth",
            "postcode", "homeMunicipality", "language");
    private static final Set<String> SITUATION = Set.of("workStatus", "workEndDate", "benefit",
            "inBanenafspraakRegister", "hasBasicQualification", "statusHolder");
    private static final Set<String> CONSENT = Set.of("privacyStatement", "partnerTypes");

    private static final Pattern NEED_FIELD = Pattern.compile("needs\\[[0-9]{1,6}]");

    /** Every field path of the form; anything else in an answer was named by the caller. */
    private static final Set<String> FORM_FIELDS = Stream.of(
            FORM.stream(),
            PERSON.stream().map(field -> "person." + field),
            SITUATION.stream().map(field -> "situation." + field),
            CONSENT.stream().map(field -> "consent." + field),
            Stream.of("body", "region", "Idempotency-Key")).flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

    private static final ObjectMapper CANONICAL = Json.MAPPER.copy()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Whether a field path is the form's own (which may be logged) rather than one the caller named. */
    static boolean isFormField(String field) {
        return FORM_FIELDS.contains(field) || NEED_FIELD.matcher(field).matches();
    }

    public ParsedBody parse(String body, Language fallbackLanguage) {
        JsonNode tree = JsonFieldReader.object(body).orElse(null);
        if (tree == null) {
            return new ParsedBody.Unreadable(fallbackLanguage, List.of(new FieldError("body",
                    ParserMessages.MALFORMED_JSON, ParserMessages.text(ParserMessages.MALFORMED_JSON, fallbackLanguage))));
        }
        JsonFieldReader reader = new JsonFieldReader();
        reader.onlyKeys(tree, "", FORM);
        IntakeSubmission.Person person = person(reader, reader.object(tree, "", "person"));
        IntakeSubmission.Situation situation = situation(reader, reader.object(tree, "", "situation"));
        List<String> needs = reader.strings(tree, "", "needs");
        IntakeSubmission.Consent consent = consent(reader, reader.object(tree, "", "consent"));
        String remarks = reader.string(tree, "", "remarks");
        String invitation = reader.string(tree, "", "invitation");
        return new ParsedBody.Parsed(
                new IntakeSubmission(person, situation, needs, consent, remarks, reader.unreadable()),
                canonical(tree), invitation);
    }

    private static IntakeSubmission.Person person(JsonFieldReader reader, JsonNode person) {
        if (person == null) {
            return null;
        }
        String path = "person";
        reader.onlyKeys(person, path, PERSON);
        return new IntakeSubmission.Person(
                reader.string(person, path, "givenName"),
                reader.string(person, path, "familyName"),
                reader.string(person, path, "email"),
                reader.string(person, path, "phone"),
                reader.string(person, path, "dateOfBirth"),
                reader.string(person, path, "postcode"),
                reader.string(person, path, "homeMunicipality"),
                reader.string(person, path, "language"));
    }

    private static IntakeSubmission.Situation situation(JsonFieldReader reader, JsonNode situation) {
        if (situation == null) {
            return null;
        }
        String path = "situation";
        reader.onlyKeys(situation, path, SITUATION);
        return new IntakeSubmission.Situation(
                reader.string(situation, path, "workStatus"),
                reader.string(situation, path, "workEndDate"),
                reader.string(situation, path, "benefit"),
                reader.bool(situation, path, "inBanenafspraakRegister"),
                reader.bool(situation, path, "hasBasicQualification"),
                reader.bool(situation, path, "statusHolder"));
    }

    private static IntakeSubmission.Consent consent(JsonFieldReader reader, JsonNode consent) {
        if (consent == null) {
            return null;
        }
        String path = "consent";
        reader.onlyKeys(consent, path, CONSENT);
        return new IntakeSubmission.Consent(
                reader.bool(consent, path, "privacyStatement"),
                reader.booleans(consent, path, "partnerTypes"));
    }

    private static String canonical(JsonNode tree) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(tree, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed tree is always writable", e);
        }
    }
}
