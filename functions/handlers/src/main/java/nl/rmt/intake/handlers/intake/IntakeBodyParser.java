package nl.rmt.intake.handlers.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.json.Json;

/**
 * Reads a request body as an {@link IntakeSubmission}. Every unknown field is reported (not only the first),
 * and a field that looks like it carries a BSN is refused by name, because the form must never collect one.
 */
public final class IntakeBodyParser {

    private static final Pattern BSN_FIELD_NAME =
            Pattern.compile("(?i).*(bsn|burgerservice|sofinummer|sofi_nummer|social_?security).*");

    /** The form's shape: which fields each object may have. {@code null} allows any key (consent per type). */
    private static final Map<String, Set<String>> KNOWN_FIELDS = Map.of(
            "", Set.of("person", "situation", "needs", "consent", "remarks"),
            "person", Set.of("givenName", "familyName", "email", "phone", "dateOfBirth", "postcode",
                    "homeMunicipality", "language"),
            "situation", Set.of("workStatus", "workEndDate", "benefit", "inBanenafspraakRegister",
                    "hasBasicQualification", "statusHolder"),
            "consent", Set.of("privacyStatement", "partnerTypes"));

    private static final ObjectMapper BINDER = Json.MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper CANONICAL = Json.MAPPER.copy()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public ParsedBody parse(String body, Language fallbackLanguage) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (tree == null || !tree.isObject()) {
            return new ParsedBody.Unreadable(fallbackLanguage, List.of(new FieldError("body",
                    ParserMessages.MALFORMED_JSON, ParserMessages.text(ParserMessages.MALFORMED_JSON, fallbackLanguage))));
        }
        Language language = Language.fromCode(tree.path("person").path("language").asText(null))
                .orElse(fallbackLanguage);
        List<FieldError> errors = new ArrayList<>();
        checkFields(tree, "", language, errors);
        if (!errors.isEmpty()) {
            return new ParsedBody.Unreadable(language, errors);
        }
        try {
            IntakeSubmission submission = BINDER.treeToValue(tree, IntakeSubmission.class);
            return new ParsedBody.Parsed(submission, canonical(tree));
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping ? path(mapping) : "body";
            return new ParsedBody.Unreadable(language, List.of(new FieldError(field,
                    ParserMessages.INVALID_TYPE, ParserMessages.text(ParserMessages.INVALID_TYPE, language))));
        }
    }

    private static void checkFields(JsonNode node, String path, Language language, List<FieldError> errors) {
        if (!node.isObject()) {
            return;
        }
        Set<String> known = KNOWN_FIELDS.get(path);
        node.fields().forEachRemaining(field -> {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (BSN_FIELD_NAME.matcher(field.getKey()).matches()) {
                errors.add(new FieldError(fieldPath, ParserMessages.BSN_NOT_ALLOWED,
                        ParserMessages.text(ParserMessages.BSN_NOT_ALLOWED, language)));
            } else if (known != null && !known.contains(field.getKey())) {
                errors.add(new FieldError(fieldPath, ParserMessages.UNKNOWN_FIELD,
                        ParserMessages.text(ParserMessages.UNKNOWN_FIELD, language)));
            } else if (KNOWN_FIELDS.containsKey(fieldPath)) {
                checkFields(field.getValue(), fieldPath, language, errors);
            }
        });
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String canonical(JsonNode tree) throws JsonProcessingException {
        return CANONICAL.writeValueAsString(CANONICAL.treeToValue(tree, Object.class));
    }
}
