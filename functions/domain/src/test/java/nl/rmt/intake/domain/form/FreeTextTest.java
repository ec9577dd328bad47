package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"X\udfffJansen", "X\ud800", "\udc00X", "a\uffffb", "a\ufffeb", "a\ufdd0b", "a\ufdefb",
            "a\ud83f\udffeb", "a\udbff\udfffb", "a\u202ab", "a\u202eb", "a\u2066b", "a\u2069b", "a\u0000b", "a\u001bb",
            "a\u007fb", "a\u0085b", "a\u009fb"})
    void refusesCharactersThatSqsRefusesOrThatHideWhatATextSays(String text) {
        assertThat(FreeText.check(text, 100, FreeText.Lines.MULTIPLE).error()).isEqualTo(ErrorCode.INVALID_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"twee\nregels", "tab\there", "cr\r\nlf", "line\u2028separator"})
    void allowsLineBreaksAndTabsOnlyWhereSeveralLinesAreAllowed(String text) {
        assertThat(FreeText.check(text, 100, FreeText.Lines.MULTIPLE).text()).isNotNull();
        assertThat(FreeText.check(text, 100, FreeText.Lines.SINGLE).error()).isEqualTo(ErrorCode.INVALID_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë", "Ζωή", "Зоя", "ゾーイ", "\ud83d\ude00", "\ud835\udc00", "\ue000", "\ufffd",
            "\u200d", "\u200e", "\ud840\udc00", "\udb80\udc00"})
    void acceptsEveryOtherCharacterOfEveryPlane(String text) {
        assertThat(FreeText.check(text, 100, FreeText.Lines.SINGLE).text()).isNotNull();
    }

    @Test
    void normalisesToNfc() {
        assertThat(FreeText.check("Zoe\u0308", 100, FreeText.Lines.SINGLE).text()).isEqualTo("Zo\u00eb");
    }

    @Test
    void countsCodePointsAfterNormalising() {
        assertThat(FreeText.check("\ud83d\ude00".repeat(100), 100, FreeText.Lines.SINGLE).text()).isNotNull();
        assertThat(FreeText.check("e\u0301".repeat(100), 100, FreeText.Lines.SINGLE).text()).isNotNull();
        assertThat(FreeText.check("\ud83d\ude00".repeat(101), 100, FreeText.Lines.SINGLE).error())
                .isEqualTo(ErrorCode.TOO_LONG);
    }

    @Test
    void refusesABsnBehindAnySeparator() {
        assertThat(FreeText.check("mijn nummer 111\u00a0222\u00a0333", 100, FreeText.Lines.SINGLE).error())
                .isEqualTo(ErrorCode.BSN_NOT_ALLOWED);
    }

    @Test
    void treatsNothingButSpacesAsNothingTyped() {
        FreeText.Checked<String> checked = FreeText.check(" \u00a0 ", 100, FreeText.Lines.SINGLE);
        assertThat(checked.text()).isNull();
        assertThat(checked.error()).isNull();
    }

    @Test
    void textBelowTheFirstCombiningMarkIsKeptAsTyped() {
        String typed = "Zoë Ĳssel-Ǆurić \u02FF";

        assertThat(FreeText.check(typed, 100, FreeText.Lines.SINGLE).text()).isSameAs(typed);
    }

    @Test
    void aCombiningMarkOrACompatibilityCharacterIsNormalisedToNfc() {
        assertThat(FreeText.check("Zoe\u0308", 100, FreeText.Lines.SINGLE).text()).isEqualTo("Zo\u00EB");
        assertThat(FreeText.check("\u212B", 100, FreeText.Lines.SINGLE).text()).isEqualTo("\u00C5");
        assertThat(FreeText.check("Zo\u00EB \u2013 ok", 100, FreeText.Lines.SINGLE).text()).isEqualTo("Zo\u00EB \u2013 ok");
    }

    @Test
    void typographicPunctuationAndTheEuroSignAreKeptAsTyped() {
        String typed = "\u2018Zo\u00EB\u2019 \u2013 \u201Cok\u201D \u2026 \u2022 \u20AC 5";

        assertThat(FreeText.check(typed, 100, FreeText.Lines.SINGLE).text()).isSameAs(typed);
    }

    @Test
    void nfcChangesNoPunctuationKeptAsTypedNorAnyPairOfItAndTextBelowTheFirstCombiningMark() {
        StringBuilder kept = new StringBuilder("\u20AC");
        for (char c = FreeText.FIRST_UNCHANGED_PUNCTUATION; c <= FreeText.LAST_UNCHANGED_PUNCTUATION; c++) {
            kept.append(c);
        }
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)).as("U+%04X", (int) c).isTrue();
            for (char before = 0; before < '\u0300'; before++) {
                assertThat(Normalizer.isNormalized("" + before + c, Normalizer.Form.NFC)).isTrue();
                assertThat(Normalizer.isNormalized("" + c + before, Normalizer.Form.NFC)).isTrue();
            }
            for (int j = 0; j < kept.length(); j++) {
                assertThat(Normalizer.isNormalized("" + kept.charAt(j) + c, Normalizer.Form.NFC)).isTrue();
            }
        }
    }

    @Test
    void stillNormalisesACombiningMarkAfterKeptPunctuation() {
        assertThat(FreeText.check("\u2013e\u0301", 100, FreeText.Lines.SINGLE).text()).isEqualTo("\u2013\u00E9");
    }

    @Test
    void refusesABsnWrittenInDigitsOfAnotherScriptOrPlane() {
        assertThat(FreeText.check("nummer \u0661\u0661\u0661\u0662\u0662\u0662\u0663\u0663\u0663", 100,
                FreeText.Lines.SINGLE).error()).isEqualTo(ErrorCode.BSN_NOT_ALLOWED);
        assertThat(FreeText.check("nummer " + "\ud835\udfcf".repeat(3) + "\ud835\udfd0".repeat(3)
                + "\ud835\udfd1".repeat(3), 100, FreeText.Lines.SINGLE).error()).isEqualTo(ErrorCode.BSN_NOT_ALLOWED);
    }
}
