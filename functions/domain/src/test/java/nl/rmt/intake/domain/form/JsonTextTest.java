package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {

    /** The literal's content in a body as a JSON parser meets it: a key before it, another member after it. */
    private static JsonText literalIn(String content) {
        String body = "{\"remarks\":\"" + content + "\",\"x\":\"y\\\"\"}";
        return JsonText.literal(body, "{\"remarks\":\"".length());
    }

    @Test
    void decodesEveryEscapeOfJson() {
        JsonText text = literalIn("q\\\" b\\\\ s\\/ bs\\b ff\\f nl\\n cr\\r tab\\t e\\u00e9 E\\u00C9 end");

        assertThat(text).hasToString("q\" b\\ s/ bs\b ff\f nl\n cr\r tab\t e\u00e9 E\u00c9 end");
        assertThat(text.length()).isEqualTo(text.toString().length());
    }

    @Test
    void aPairWrittenAsTwoEscapesIsOneCharacterBeyondTheBasicPlane() {
        JsonText text = literalIn("smile \\uD83D\\uDE00!");

        assertThat(text).hasToString("smile \ud83d\ude00!");
        assertThat(text.toString().codePointCount(0, text.length())).isEqualTo("smile ".length() + 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab\\uZZZZ\"", "ab\\u12\"", "ab\\u00\\n\"", "ab\\x\"", "ab\\", "ab\\u12",
            "\\u\"", "ab\\u\u0663\u0663\u0663\u0663\"", "unclosed", "ab\\\""})
    void aMalformedOrUnclosedLiteralHasNoWindowAndIsLeftToTheParser(String rest) {
        assertThat(JsonText.literal("{\"remarks\":\"" + rest, "{\"remarks\":\"".length())).isNull();
    }

    @Test
    void aLoneEscapedSurrogateIsReadAsItIsForTheChecksToRefuse() {
        assertThat(literalIn("a\\ud800b")).hasToString("a\ud800b");
        assertThat(literalIn("a\\udc00")).hasToString("a\udc00");
    }

    @Test
    void endsAtItsClosingQuoteNotAtAnEscapedOneOrAnEscapedBackslash() {
        assertThat(literalIn("say \\\"hi\\\"")).hasToString("say \"hi\"");
        assertThat(literalIn("dir\\\\")).hasToString("dir\\");
        assertThat(literalIn("")).hasToString("");
    }

    @Test
    void aTextGivenAsAStringIsHeldAsItIsItsBackslashesToo() {
        JsonText text = JsonText.of("a\\nb \ud83d\ude00");

        assertThat(text).hasToString("a\\nb \ud83d\ude00");
        assertThat(text.length()).isEqualTo("a\\nb \ud83d\ude00".length());
        assertThat(JsonText.of(null)).isNull();
    }

    @Test
    void decodesIntoAnArrayFromAnIndex() {
        char[] chars = new char[12];

        literalIn("\\n\\u00e9x").getChars(chars, 9);

        assertThat(new String(chars, 9, 3)).isEqualTo("\n\u00e9x");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 64})
    void readInPartsItIsTheWholeTextAndAPairIsNeverSplitUnlessOneCharacterIsAskedFor(int partLength)
            throws IOException {
        JsonText text = literalIn("ab\\uD83D\\uDE00c\ud83d\ude01\\n\\\\d\\uD83D\\uDE02" + "x".repeat(20) + "\ud83d\ude03");
        StringBuilder read = new StringBuilder();
        char[] part = new char[partLength];
        try (Reader reader = text.reader()) {
            for (int n = reader.read(part, 0, partLength); n >= 0; n = reader.read(part, 0, partLength)) {
                assertThat(n).isPositive();
                if (partLength > 1) {
                    assertThat(Character.isHighSurrogate(part[n - 1])).as("part ends in half a pair").isFalse();
                }
                read.append(part, 0, n);
            }
        }
        assertThat(read).hasToString(text.toString());
        assertThat(read.toString()).isEqualTo("ab\ud83d\ude00c\ud83d\ude01\n\\d\ud83d\ude02" + "x".repeat(20)
                + "\ud83d\ude03");
    }

    @Test
    void aPartIsTheDecodedTextBetweenTwoCharacters() {
        JsonText text = literalIn("  \\t\\u00e9t\\u00e9\\n ");
        String whole = text.toString();

        assertThat(text.part(2, whole.length() - 1)).hasToString(whole.substring(2, whole.length() - 1));
        assertThat(text.part(3, 6)).hasToString("\u00e9t\u00e9");
        assertThat(text.part(0, whole.length())).isSameAs(text);
        assertThat(JsonText.of(" plain ").part(1, 6)).hasToString("plain");
    }

    @Test
    void isBlankAsAStringOfItsTextWouldBe() {
        assertThat(literalIn(" \\t\\n\\r ").isBlank()).isTrue();
        assertThat(literalIn("").isBlank()).isTrue();
        assertThat(literalIn(" \\u0041 ").isBlank()).isFalse();
        assertThat(JsonText.of("\u2003").isBlank()).isEqualTo("\u2003".isBlank());
    }

    @Test
    void equalTextsAreEqualHoweverTheyAreWritten() {
        assertThat(literalIn("caf\\u00e9\\n")).isEqualTo(JsonText.of("caf\u00e9\n"))
                .hasSameHashCodeAs(JsonText.of("caf\u00e9\n"));
        assertThat(literalIn("cafe")).isNotEqualTo(JsonText.of("caf\u00e9"));
    }
}
