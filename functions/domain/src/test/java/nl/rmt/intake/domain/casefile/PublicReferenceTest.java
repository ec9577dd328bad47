package nl.rmt.intake.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicReferenceTest {

    @Test
    void theAlphabetLeavesOutLookAlikeCharacters() {
        assertThat(PublicReference.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        assertThat(PublicReference.ALPHABET.chars().distinct().count()).isEqualTo(31);
    }

    @Test
    void generatedReferencesAreWellFormed() {
        Random random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            String reference = PublicReference.generate(random);

            assertThat(reference).matches("RMT-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            assertThat(PublicReference.isWellFormed(reference)).isTrue();
        }
    }

    @Test
    void generationUsesTheWholeAlphabet() {
        Random random = new Random(7);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            PublicReference.generate(random).substring(4).replace("-", "").chars().forEach(c -> seen.add((char) c));
        }

        assertThat(seen).hasSize(PublicReference.ALPHABET.length());
    }

    @Test
    void theSameGeneratorStateGivesTheSameReference() {
        assertThat(PublicReference.generate(new Random(1))).isEqualTo(PublicReference.generate(new Random(1)));
    }

    @Test
    void aSecureGeneratorSeldomRepeatsAReference() {
        SecureRandom random = new SecureRandom();
        Set<String> references = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            references.add(PublicReference.generate(random));
        }

        assertThat(references).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RMT-7KQ4-XM2P", "RMT-2222-ZZZZ"})
    void theCanonicalFormIsWellFormed(String reference) {
        assertThat(PublicReference.isWellFormed(reference)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "rmt-7kq4-xm2p", "RMT7KQ4XM2P", "RMT-7KQ4-XM2", "RMT-7KQ4-XM2PP", "ABC-7KQ4-XM2P",
            "RMT-7KQ0-XM2P", "RMT-7KQO-XM2P", "RMT-7KQ1-XM2P", "RMT-7KQI-XM2P", "RMT-7KQL-XM2P", " RMT-7KQ4-XM2P"})
    void anythingElseIsNotWellFormed(String reference) {
        assertThat(PublicReference.isWellFormed(reference)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "RMT-7KQ4-XM2P, RMT-7KQ4-XM2P",
            "rmt-7kq4-xm2p, RMT-7KQ4-XM2P",
            "RMT7KQ4XM2P, RMT-7KQ4-XM2P",
            "'  rmt 7kq4 xm2p ', RMT-7KQ4-XM2P",
            "7KQ4-XM2P, RMT-7KQ4-XM2P",
            "7kq4xm2p, RMT-7KQ4-XM2P",
            "RMT-RMTA-BC23, RMT-RMTA-BC23",
            "RMTABC23, RMT-RMTA-BC23"})
    void typedReferencesAreNormalisedToTheCanonicalForm(String typed, String canonical) {
        assertThat(PublicReference.normalise(typed)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RMT-7KQ0-XM2P", "RMT-7KQO-XM2P", "rmt-7kq1-xm2p", "rmt-7kqi-xm2p", "rmt-7kql-xm2p"})
    void lookAlikeCharactersAreRefusedRatherThanGuessed(String typed) {
        assertThatThrownBy(() -> PublicReference.normalise(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(PublicReference.ALPHABET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RMT", "RMT-7KQ4-XM2", "RMT-7KQ4-XM2PQ", "7KQ4XM2", "ABC-7KQ4-XM2P"})
    void inputOfTheWrongLengthIsRefused(String typed) {
        assertThatThrownBy(() -> PublicReference.normalise(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noInputIsRefused() {
        assertThatThrownBy(() -> PublicReference.normalise(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalsDoNotRepeatTheInput() {
        assertThatThrownBy(() -> PublicReference.normalise("jan@example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("jan"));
    }
}
