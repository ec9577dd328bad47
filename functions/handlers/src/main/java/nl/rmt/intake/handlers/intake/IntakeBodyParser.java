package nl.rmt.intake.handlers.intake;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.JsonText;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.handlers.intake.FormJsonReader.Fields;
import nl.rmt.intake.json.Json;

/**
 * Reads a request body as an {@link IntakeSubmission} with the types of {@code api/openapi.yaml}. It does not stop
 * at the first problem: every unknown key, every key named like a BSN and every value of the wrong type travels
 * with the submission, so that the validator answers them together with every other field's error.
 *
 * <p>The body is read in one pass straight into the submission (no tree), since every intake pays for it. A field
 * of the form is its name in the object's {@link Fields} (which also orders its errors) and its case in the
 * object's reading method.
 */
public final class IntakeBodyParser {

    private static final Fields FORM = new Fields("person", "situation", "needs", "consent", "remarks",
            "invitation");
    private static final Fields PERSON = new Fields("givenName", "familyName", "email", "phone", "dateOfBirth",
            "postcode", "homeMunicipality", "language");
    private static final Fields SITUATION = new Fields("workStatus", "workEndDate", "benefit",
            "inBanenafspraakRegister", "hasBasicQualification", "statusHolder");
    private static final Fields CONSENT = new Fields("privacyStatement", "partnerTypes");

    /** Every field path of the form; anything else in an answer was named by the caller. */
    private static final Set<String> FORM_FIELDS = Stream.of(
            FORM.names().stream(),
            PERSON.names().stream().map(field -> "person." + field),
            SITUATION.names().stream().map(field -> "situation." + field),
            CONSENT.names().stream().map(field -> "consent." + field),
            Stream.of("body", "region", "Idempotency-Key")).flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

    /** Whether a field path is the form's own (which may be logged) rather than one the caller named. */
    static boolean isFormField(String field) {
        return FORM_FIELDS.contains(field) || isNeedField(field);
    }

    /** {@code needs[n]} with at most six digits. */
    private static boolean isNeedField(String field) {
        String prefix = "needs[";
        int digits = field.length() - prefix.length() - 1;
        if (!field.startsWith(prefix) || !field.endsWith("]") || digits < 1 || digits > 6) {
            return false;
        }
        for (int i = prefix.length(); i < field.length() - 1; i++) {
            if (field.charAt(i) < '0' || field.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** @param region the desk region of the request, which its fingerprint includes */
    public ParsedBody parse(String body, String region, Language fallbackLanguage) {
        try (JsonParser json = Json.MAPPER.createParser(body)) {
            FormJsonReader in = new FormJsonReader(json, body);
            if (in.startsWithObject()) {
                return form(in, region);
            }
        } catch (IOException e) {
            // Not JSON, a repeated key, nesting or numbers beyond the parser's limits: unreadable as a whole.
        }
        return new ParsedBody.Unreadable(fallbackLanguage, List.of(new FieldError("body",
                ParserMessages.MALFORMED_JSON, ParserMessages.text(ParserMessages.MALFORMED_JSON, fallbackLanguage))));
    }

    private static ParsedBody.Parsed form(FormJsonReader in, String region) throws IOException {
        IntakeSubmission.Person person = null;
        IntakeSubmission.Situation situation = null;
        List<String> needs = null;
        IntakeSubmission.Consent consent = null;
        JsonText remarks = null;
        String invitation = null;
        for (String key = in.nextKey(FORM); key != null; key = in.nextKey(FORM)) {
            switch (key) {
                case "person" -> person = in.enterObject("person") ? person(in) : null;
                case "situation" -> situation = in.enterObject("situation") ? situation(in) : null;
                case "needs" -> needs = in.strings();
                case "consent" -> consent = in.enterObject("consent") ? consent(in) : null;
                case "remarks" -> remarks = in.text();
                case "invitation" -> invitation = in.string();
                default -> in.unknownKey();
            }
        }
        return new ParsedBody.Parsed(new IntakeSubmission(person, situation, needs, consent, remarks, in.unreadable()),
                in.fingerprint(region), invitation);
    }

    private static IntakeSubmission.Person person(FormJsonReader in) throws IOException {
        String givenName = null;
        String familyName = null;
        String email = null;
        String phone = null;
        String dateOfBirth = null;
        String postcode = null;
        String homeMunicipality = null;
        String language = null;
        for (String key = in.nextKey(PERSON); key != null; key = in.nextKey(PERSON)) {
            switch (key) {
                case "givenName" -> givenName = in.string();
                case "familyName" -> familyName = in.string();
                case "email" -> email = in.string();
                case "phone" -> phone = in.string();
                case "dateOfBirth" -> dateOfBirth = in.string();
                case "postcode" -> postcode = in.string();
                case "homeMunicipality" -> homeMunicipality = in.string();
                case "language" -> language = in.string();
                default -> in.unknownKey();
            }
        }
        return new IntakeSubmission.Person(givenName, familyName, email, phone, dateOfBirth, postcode,
                homeMunicipality, language);
    }

    private static IntakeSubmission.Situation situation(FormJsonReader in) throws IOException {
        String workStatus = null;
        String workEndDate = null;
        String benefit = null;
        Boolean inBanenafspraakRegister = null;
        Boolean hasBasicQualification = null;
        Boolean statusHolder = null;
        for (String key = in.nextKey(SITUATION); key != null; key = in.nextKey(SITUATION)) {
            switch (key) {
                case "workStatus" -> workStatus = in.string();
                case "workEndDate" -> workEndDate = in.string();
                case "benefit" -> benefit = in.string();
                case "inBanenafspraakRegister" -> inBanenafspraakRegister = in.bool();
                case "hasBasicQualification" -> hasBasicQualification = in.bool();
                case "statusHolder" -> statusHolder = in.bool();
                default -> in.unknownKey();
            }
        }
        return new IntakeSubmission.Situation(workStatus, workEndDate, benefit, inBanenafspraakRegister,
                hasBasicQualification, statusHolder);
    }

    private static IntakeSubmission.Consent consent(FormJsonReader in) throws IOException {
        Boolean privacyStatement = null;
        Map<String, Boolean> partnerTypes = null;
        for (String key = in.nextKey(CONSENT); key != null; key = in.nextKey(CONSENT)) {
            switch (key) {
                case "privacyStatement" -> privacyStatement = in.bool();
                case "partnerTypes" -> partnerTypes = in.booleans();
                default -> in.unknownKey();
            }
        }
        return new IntakeSubmission.Consent(privacyStatement, partnerTypes);
    }
}
