package nl.rmt.intake.domain.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import nl.rmt.intake.domain.casefile.PublicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WithdrawalCodeTest {

    @Test
    void aGeneratedCodeIsTenCharactersOfTheReferenceAlphabet() {
        Random random = new Random(7);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = WithdrawalCode.generate(random);

            assertThat(code).hasSize(10).matches("[" + PublicReference.ALPHABET + "]+");
            assertThat(WithdrawalCode.isWellFormed(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"K7P299QXM2", "2222222222", "ZZZZZZZZZZ"})
    void tenCharactersOfTheAlphabetAreWellFormed(String code) {
        assertThat(WithdrawalCode.isWellFormed(code)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "K7P299QXM", "K7P299QXM2A", "k7p299qxm2", "K7P2-99QXM", "K7P299QXM0", "K7P299QXMO",
            "K7P299QXM1", "K7P299QXMI", "K7P299QXML"})
    void anythingElseIsNot(String code) {
        assertThat(WithdrawalCode.isWellFormed(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"K7P299QXM2", "k7p299qxm2", "  K7P2 99QX M2 ", "k7p2-99qx-m2"})
    void aTypedCodeIsReadIgnoringCaseSpacesAndDashes(String typed) {
        assertThat(WithdrawalCode.normalise(typed)).contains("K7P299QXM2");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "K7P299QXM", "K7P299QXM22", "K7P299QXM0", "K7P299QXM2!"})
    void aTypedCodeThatCannotBeOneIsRefusedNotGuessed(String typed) {
        assertThat(WithdrawalCode.normalise(typed)).isEmpty();
    }
}
