package nl.rmt.intake.handlers.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.rmt.intake.application.Sha256;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.UnreadableField;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.testing.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The body read in one pass: the same submission, field errors in the same order, the same fingerprint. */
class IntakeBodyParserTest {

    private static final ObjectMapper SORTED = Json.MAPPER.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private final IntakeBodyParser parser = new IntakeBodyParser();

    static Stream<String> bodies() throws IOException {
        Stream<String> fixtures;
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("rmt.root", ".")).resolve("events/intakes"))) {
            fixtures = files.sorted().map(file -> file.getFileName().toString().replace(".json", ""))
                    .map(name -> Events.intake(name).getBody()).toList().stream();
        }
        return Stream.concat(fixtures, Stream.of(
                "{}",
                "{\"b\":null,\"a\":[null,1,-0,1.5,1e400,-1E-400,-0.0,12345678901234567890,2147483648,\"x\"],\"c\":{}}",
                "{\"remarks\":\"tab\\t nl\\n cr\\r bs\\\\ q\\\" ctl\\u0001\\u001f del\\u007f / \\u2028 é \\ud83d\\ude00\"}",
                "{\"person\":{\"phone\":null,\"email\":\"a@b.nl\",\"zz\":{\"y\":1,\"x\":[{\"d\":1,\"c\":null}]}},\"aa\":true}",
                "{\"needs\":[\"WORK\",null,3,{\"b\":1,\"a\":2},[]],\"consent\":{\"partnerTypes\":{\"UWV\":null,\"BSN\":1}}}",
                "{\"Z\":1,\"a\":2,\"_\":3,\"\u00e9\":4,\"\ud83d\ude00\":5,\"\uffff\":6,\"A\":7}",
                "{\"remarks\":\"lone \\ud800 and \\udc00 and \\ud800x at the end \\ud83d\"}",
                "{\"z\":\"" + "\u00e9\u20ac\ud83d\ude00\\n".repeat(2000) + "\",\"a\":{\"y\":\"" + "x".repeat(5000) + "\",\"b\":1}}"));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void theFingerprintIsTheHashOfTheRegionAndTheBodyWrittenWithSortedKeysAndWithoutNullMembers(String body) throws IOException {
        String sorted = SORTED.writeValueAsString(SORTED.treeToValue(SORTED.readTree(body), Object.class));

        assertThat(((ParsedBody.Parsed) parser.parse(body, "AM18", Language.NL)).fingerprint())
                .isEqualTo(Sha256.hex("AM18", sorted));
    }

    @Test
    void anObjectWithMoreKeysThanAFormHasIsStillSortedInTheCanonicalForm() throws IOException {
        StringBuilder body = new StringBuilder("{");
        for (int i = 99; i >= 0; i--) {
            body.append(i == 99 ? "" : ",").append("\"k").append(i * 7919 % 100).append("\":").append(i);
        }
        String json = body.append('}').toString();
        String sorted = SORTED.writeValueAsString(SORTED.treeToValue(SORTED.readTree(json), Object.class));

        assertThat(((ParsedBody.Parsed) parser.parse(json, "AM18", Language.NL)).fingerprint())
                .isEqualTo(Sha256.hex("AM18", sorted));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null", "[]", "\"text\"", "12", "{", "{\"person\":", "{\"person\":{}",
            "{\"a\":1,\"a\":2}", "{\"person\":{\"email\":\"a\",\"email\":\"b\"}}", "{\"x\":{\"y\":[{\"z\":1,\"z\":1}]}}",
            "{\"remarks\":\"a\" \"b\"}", "{\"a\":null,\"a\":1}", "{\"b\":{\"c\":2,\"d\":1,\"c\":null}}",
            "{'remarks':'a'}", "{\"remarks\":NaN}", "{\"needs\":[\"WORK\",]}"})
    void aBodyThatIsNotOneJsonObjectWithUniqueKeysIsUnreadable(String body) {
        assertThat(parser.parse(body, "AM18", Language.EN)).isInstanceOfSatisfying(ParsedBody.Unreadable.class,
                unreadable -> assertThat(unreadable.errors()).extracting(e -> e.field(), e -> e.code())
                        .containsExactly(tuple("body", ParserMessages.MALFORMED_JSON)));
    }

    @Test
    void aNestingDeeperThanTheParserAllowsIsUnreadable() {
        String body = "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThat(parser.parse(body, "AM18", Language.NL)).isInstanceOf(ParsedBody.Unreadable.class);
    }

    @Test
    void whatFollowsTheBodysObjectIsNotRead() {
        ParsedBody parsed = parser.parse("{\"remarks\":\"hallo\"} {\"remarks\":", "AM18", Language.NL);

        assertThat(parsed).isInstanceOfSatisfying(ParsedBody.Parsed.class, body -> {
            assertThat(body.submission().remarks()).hasToString("hallo");
            assertThat(body.fingerprint()).isEqualTo(Sha256.hex("AM18", "{\"remarks\":\"hallo\"}"));
        });
    }

    @Test
    void readsEveryFieldWithItsJsonType() {
        String body = """
                {"remarks": "r", "consent": {"partnerTypes": {"UWV": true, "gemeente": false, "VAKBOND": null},
                 "privacyStatement": true}, "needs": ["WORK", "TRAINING"],
                 "situation": {"statusHolder": true, "hasBasicQualification": false, "inBanenafspraakRegister": true,
                  "benefit": "WW", "workEndDate": "2027-01-01", "workStatus": "EMPLOYED"},
                 "person": {"language": "en", "homeMunicipality": "GM0363", "postcode": "1011 AB",
                  "dateOfBirth": "1990-01-02", "phone": "0612345678", "email": "a@b.nl", "familyName": "F",
                  "givenName": "G"}}""";

        IntakeSubmission submission = ((ParsedBody.Parsed) parser.parse(body, "AM18", Language.NL)).submission();

        assertThat(submission.person()).isEqualTo(new IntakeSubmission.Person("G", "F", "a@b.nl", "0612345678",
                "1990-01-02", "1011 AB", "GM0363", "en"));
        assertThat(submission.situation()).isEqualTo(new IntakeSubmission.Situation("EMPLOYED", "2027-01-01", "WW",
                true, false, true));
        assertThat(submission.needs()).containsExactly("WORK", "TRAINING");
        assertThat(submission.consent().privacyStatement()).isTrue();
        assertThat(submission.consent().partnerTypes().keySet()).containsExactly("UWV", "gemeente", "VAKBOND");
        assertThat(submission.consent().partnerTypes()).containsEntry("UWV", true).containsEntry("gemeente", false)
                .containsEntry("VAKBOND", null);
        assertThat(submission.remarks()).hasToString("r");
        assertThat(submission.unreadable()).isEmpty();
    }

    @Test
    void reportsUnknownKeysOfAnObjectFirstThenItsFieldsInFormOrder() {
        String body = """
                {"remarks": 1, "consent": {"partnerTypes": {"UWV": "yes", "bsnNummer": true, "GEMEENTE": 0,
                  "SoFi_Nummer": false}, "privacyStatement": "true", "extra": 1},
                 "needs": ["WORK", 2, null], "situation": [], "person": {"language": false, "sofinummer": "1",
                  "givenName": 3, "colour": "blue"}, "burgerServiceNummer": "1", "unknown": {"a": 1}}""";

        IntakeSubmission submission = ((ParsedBody.Parsed) parser.parse(body, "AM18", Language.NL)).submission();

        assertThat(submission.unreadable()).extracting(UnreadableField::field, UnreadableField::code,
                UnreadableField::expected).containsExactly(
                tuple("burgerServiceNummer", ErrorCode.BSN_NOT_ALLOWED, null),
                tuple("unknown", ErrorCode.UNKNOWN_FIELD, null),
                tuple("person.sofinummer", ErrorCode.BSN_NOT_ALLOWED, null),
                tuple("person.colour", ErrorCode.UNKNOWN_FIELD, null),
                tuple("person.givenName", ErrorCode.INVALID_TYPE, "string"),
                tuple("person.language", ErrorCode.INVALID_TYPE, "string"),
                tuple("situation", ErrorCode.INVALID_TYPE, "object"),
                tuple("needs[1]", ErrorCode.INVALID_TYPE, "string"),
                tuple("needs[2]", ErrorCode.INVALID_TYPE, "string"),
                tuple("consent.extra", ErrorCode.UNKNOWN_FIELD, null),
                tuple("consent.privacyStatement", ErrorCode.INVALID_TYPE, "boolean"),
                tuple("consent.partnerTypes.bsnNummer", ErrorCode.BSN_NOT_ALLOWED, null),
                tuple("consent.partnerTypes.SoFi_Nummer", ErrorCode.BSN_NOT_ALLOWED, null),
                tuple("consent.partnerTypes.UWV", ErrorCode.INVALID_TYPE, "boolean"),
                tuple("consent.partnerTypes.GEMEENTE", ErrorCode.INVALID_TYPE, "boolean"),
                tuple("remarks", ErrorCode.INVALID_TYPE, "string"));
        assertThat(submission.person().givenName()).isNull();
        assertThat(submission.situation()).isNull();
        assertThat(submission.needs()).containsExactly("WORK", null, null);
        assertThat(submission.consent().partnerTypes()).isEmpty();
    }

    @Test
    void aKeyTheCallerChoseIsShownCutShortAndEscaped() {
        String key = "k\\u00e9y\\n" + "x".repeat(60);

        IntakeSubmission submission = ((ParsedBody.Parsed) parser.parse("{\"" + key + "\": 1}", "AM18", Language.NL))
                .submission();

        assertThat(submission.unreadable()).extracting(UnreadableField::field)
                .containsExactly("k\\u00e9y\\u000a" + "x".repeat(26) + "...");
    }

    @ParameterizedTest
    @ValueSource(strings = {"person", "situation", "needs", "consent", "remarks", "person.givenName",
            "situation.statusHolder", "consent.partnerTypes", "needs[0]", "needs[123456]", "body", "region",
            "Idempotency-Key"})
    void theFormsOwnFieldsAreKnownAsSuch(String field) {
        assertThat(IntakeBodyParser.isFormField(field)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour", "person.colour", "needs[]", "needs[1234567]", "needs[1a]", "needs[١]",
            "needs[0", "xneeds[0]", "consent.partnerTypes.UWV"})
    void aFieldTheCallerNamedIsNotTheForms(String field) {
        assertThat(IntakeBodyParser.isFormField(field)).isFalse();
    }
}
