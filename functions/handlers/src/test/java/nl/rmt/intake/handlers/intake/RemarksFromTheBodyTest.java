package nl.rmt.intake.handlers.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.rmt.intake.application.Sha256;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.JsonText;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationResult;
import nl.rmt.intake.domain.routing.PartnerMessage;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.RoutingDecision;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.testing.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The remarks are read as a window of the body ({@link JsonText}): they must be exactly the text a JSON reader makes
 * of them, and every check must judge them as it judges that text as a string.
 */
class RemarksFromTheBodyTest {

    private static final ObjectMapper SORTED = Json.MAPPER.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final IntakeTriage TRIAGE = IntakeTriage.loadDefault();
    private static final String FIXTURE = "long-remarks-employed-utrecht";
    private final IntakeBodyParser parser = new IntakeBodyParser();

    static Stream<String> fixtureBodies() throws IOException {
        return IntakeBodyParserTest.bodies();
    }

    @ParameterizedTest
    @MethodSource("fixtureBodies")
    void theRemarksAndTheirVerdictAreThoseOfTheTextAsAString(String body) throws IOException {
        assertReadAsTheTextItHolds(body);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ab\\uZZZZ", "ab\\u12", "ab\\x", "ab\\", "ab\\u00",
            "\\", "\\u", "ab\\u12\\\"", "\\uD83D\\u"})
    void remarksWithAMalformedEscapeMakeTheBodyUnreadableAsBefore(String literal) {
        for (String body : java.util.List.of("{\"remarks\": \"" + literal + "\", \"needs\": []}",
                "{\"remarks\": \"" + literal + "\"}", "{\"remarks\": \"" + literal)) {
            assertThat(parser.parse(body, "AM13", Language.NL)).as(body).isInstanceOf(ParsedBody.Unreadable.class);
        }
    }

    @Test
    void generatedRemarksWithEveryEscapeAreReadAndJudgedAsTheTextTheyHold() throws IOException {
        Random random = new Random(20261203L);
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            String body = withRemarksLiteral(randomLiteral(random));
            refused += assertReadAsTheTextItHolds(body) instanceof ValidationResult.Invalid ? 1 : 0;
        }
        assertThat(refused).as("generated remarks refused").isBetween(40, 360);
    }

    @Test
    void aLoneSurrogateWrittenAsAnEscapeIsRefusedAsBefore() throws IOException {
        for (String lone : new String[] {"a\\ud800b", "a\\udc00", "\\ud83d", "\\ude00\\ud83d"}) {
            ValidationResult result = assertReadAsTheTextItHolds(withRemarksLiteral(lone));

            assertThat(((ValidationResult.Invalid) result).errors())
                    .singleElement()
                    .satisfies(error -> {
                        assertThat(error.field()).isEqualTo("remarks");
                        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_CHARACTERS.name());
                    });
        }
    }

    @Test
    void aPairWrittenAsTwoEscapesIsAccepted() throws IOException {
        ValidationResult result = assertReadAsTheTextItHolds(withRemarksLiteral("Groetjes \\uD83D\\uDE00"));

        assertThat(((ValidationResult.Valid) result).form().remarks()).hasToString("Groetjes \ud83d\ude00");
    }

    @Test
    void aPartnerMessageCarriesTheRemarksExactlyAsItsJsonDidWithTheTextAsAString() throws IOException {
        Random random = new Random(20261204L);
        int carried = 0;
        for (int i = 0; i < 60; i++) {
            String body = i == 0 ? Events.intake(FIXTURE).getBody() : withRemarksLiteral(randomLiteral(random));
            ParsedBody.Parsed parsed = (ParsedBody.Parsed) parser.parse(body, "AM13", Language.NL);
            if (!(TRIAGE.validate(parsed.submission(), "AM13", Language.NL, TODAY) instanceof ValidationResult.Valid valid)
                    || valid.form().remarks() == null) {
                continue;
            }
            RoutingDecision decision = TRIAGE.decide(valid.form(), "AM13", TODAY);
            for (Recipient recipient : decision.recipients()) {
                PartnerMessage message = TRIAGE.messageFactory().build("case-1", "RMT-7KQ4-XM2P", decision, recipient,
                        valid.form(), Instant.parse("2026-11-22T10:00:00Z"));
                Map<String, Object> asStrings = new LinkedHashMap<>(message.person());
                asStrings.replaceAll((field, value) -> value.toString());
                carried += message.person().containsKey("remarks") ? 1 : 0;

                assertThat(Json.write(message)).isEqualTo(Json.write(new PartnerMessage(message.schemaVersion(),
                        message.messageType(), message.messageId(), message.caseId(), message.reference(),
                        message.region(), message.partnerId(), message.role(), message.round(), message.targetGroups(),
                        message.needs(), message.situation(), message.submittedAt(), asStrings,
                        message.contactWithinWorkingDays(), message.reorganisation())));
            }
        }
        assertThat(carried).as("messages carrying remarks").isGreaterThan(10);
    }

    /** @return the verdict, after checking it is that of the remarks read as a string */
    private ValidationResult assertReadAsTheTextItHolds(String body) throws IOException {
        ParsedBody.Parsed parsed = (ParsedBody.Parsed) parser.parse(body, "AM13", Language.NL);
        var tree = SORTED.readTree(body);
        String remarks = tree.path("remarks").textValue();
        IntakeSubmission submission = parsed.submission();
        if (remarks == null) {
            assertThat(submission.remarks()).isNull();
        } else {
            assertThat(submission.remarks()).hasToString(remarks);
        }
        assertThat(parsed.fingerprint()).isEqualTo(Sha256.hex("AM13",
                SORTED.writeValueAsString(SORTED.treeToValue(tree, Object.class))));

        IntakeSubmission asString = new IntakeSubmission(submission.person(), submission.situation(),
                submission.needs(), submission.consent(), JsonText.of(remarks), submission.unreadable());
        ValidationResult result = TRIAGE.validate(submission, "AM13", Language.NL, TODAY);
        assertThat(result).isEqualTo(TRIAGE.validate(asString, "AM13", Language.NL, TODAY));
        if (result instanceof ValidationResult.Valid valid && valid.form().remarks() != null) {
            assertThat(valid.form().remarks().toString())
                    .isEqualTo(((ValidationResult.Valid) TRIAGE.validate(asString, "AM13", Language.NL, TODAY))
                            .form().remarks().toString());
        }
        return result;
    }

    /** The long-remarks fixture's body with its remarks written as {@code literal} (the content between quotes). */
    private static String withRemarksLiteral(String literal) throws IOException {
        ObjectNode form = (ObjectNode) SORTED.readTree(Events.intake(FIXTURE).getBody());
        form.remove("remarks");
        String rest = SORTED.writeValueAsString(form);
        return rest.substring(0, rest.length() - 1) + ",\"remarks\":\"" + literal + "\"}";
    }

    /** Remarks as a browser or a hostile caller may write them: raw characters and escapes mixed. */
    private static String randomLiteral(Random random) {
        StringBuilder literal = new StringBuilder();
        if (random.nextInt(4) == 0) {
            literal.append(random.nextBoolean() ? "  " : "\\n\\t\\u00a0");
        }
        int length = random.nextInt(5) == 0 ? 1900 + random.nextInt(200) : random.nextInt(300);
        for (int i = 0; i < length; i++) {
            int c = codePoint(random);
            boolean escaped = c < ' ' || c == '"' || c == '\\' || random.nextInt(8) == 0;
            if (!escaped) {
                literal.appendCodePoint(c);
            } else if (c == '\n' && random.nextBoolean()) {
                literal.append("\\n");
            } else if (c == '"' || c == '\\' || c == '/') {
                literal.append('\\').append((char) c);
            } else {
                for (char unit : Character.toChars(c)) {
                    literal.append(String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) unit));
                }
            }
        }
        if (random.nextInt(4) == 0) {
            literal.append(random.nextBoolean() ? " \\r\\n" : "\u2003");
        }
        return literal.toString();
    }

    private static int codePoint(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> "\n\t\"\\/\r".charAt(random.nextInt(6));
            case 1 -> 0x00C0 + random.nextInt(0x190);
            case 2 -> 0x0300 + random.nextInt(0x70);
            case 3 -> 0x2010 + random.nextInt(0x60);
            case 4 -> 0x1F300 + random.nextInt(0x700);
            case 5 -> '0' + random.nextInt(10);
            case 6 -> random.nextInt(40) == 0 ? 0xD800 + random.nextInt(0x800) : 0x0660 + random.nextInt(10);
            case 7 -> random.nextInt(60) == 0 ? 0x202E : 0x0E00 + random.nextInt(0x80);
            default -> ' ' + random.nextInt(95);
        };
    }
}
