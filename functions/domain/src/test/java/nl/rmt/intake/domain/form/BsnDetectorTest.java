package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "012345672", "999999990", "100000009"})
    void acceptsNumbersThatPassTheElevenProof(String bsn) {
        assertThat(BsnDetector.passesElevenProof(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "987654321", "612345678", "000000019"})
    void rejectsNumbersThatFailTheElevenProof(String number) {
        assertThat(BsnDetector.passesElevenProof(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000", "12345678", "1234567820", "12345678a", "12345678 "})
    void rejectsAllZerosAndAnythingOtherThanNineDigits(String number) {
        assertThat(BsnDetector.passesElevenProof(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "111222333",
            "123456782",
            "Mijn BSN is 123456782.",
            "BSN:111222333",
            "bsn123456782x",
            "(123456782)",
            "123456782, zie brief"
    })
    void findsABsnInText(String text) {
        assertThat(BsnDetector.containsBsn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "123 456 782",
            "123.456.782",
            "123-456-782",
            "1234 56 782",
            "1 2 3 4 5 6 7 8 2",
            "123.456-782",
            "nummer 123 456 782 graag",
            "nummer 123.456.782."
    })
    void findsABsnGroupedWithSingleSpacesDotsOrDashes(String text) {
        assertThat(BsnDetector.containsBsn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0612345678",
            "1234567820",
            "1123456782",
            "0612345678 2",
            "NL02ABNA0123456782",
            "NL02 ABNA 0123 4567 82",
            "+31 6 123456782 0"
    })
    void ignoresNineValidDigitsInsideALongerRun(String text) {
        assertThat(BsnDetector.containsBsn(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "123  456 782",
            "123..456.782",
            "123 - 456 - 782",
            "123 . 456 . 782",
            "123/456/782",
            "123_456_782",
            "111\u00a0222\u00a0333",
            "111\u2007222\u202f333",
            "111\u3000222\u2009333",
            "111\u2013222\u2014333",
            "111\u2212222\u2010333",
            "111 /-. 222\n333",
            "111\t222\r\n333"
    })
    void joinsDigitsAcrossAnyMixtureAndNumberOfSeparators(String text) {
        assertThat(BsnDetector.containsBsn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123,456,782", "123;456;782", "123:456:782", "123 en 456 en 782", "123+456+782"})
    void doesNotJoinDigitsAcrossWordsOrOtherPunctuation(String text) {
        assertThat(BsnDetector.containsBsn(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "06 123 456 782",
            "111222333 4",
            "4 111222333",
            "0612345678 111 222 333",
            "31 111 222 333 12",
            "\uff11\uff11\uff11\uff12\uff12\uff12\uff13\uff13\uff13",
            "\u0661\u0661\u0661\u0662\u0662\u0662\u0663\u0663\u0663"
    })
    void findsNineDigitsOfNeighbouringGroupsInALongerRunAndInOtherScripts(String text) {
        assertThat(BsnDetector.containsBsn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11122233",
            "11 122 233",
            "1112223334",
            "111 222 334",
            "06 12345678",
            "06-12345678",
            "06 1234 5678",
            "020 555 0147",
            "+31 6 11122233 3",
            "+31 111 222 333",
            "NL91 ABNA 0417 1643 00"
    })
    void acceptsEightOrTenDigitsAFailingProofPhoneNumbersAndAccountNumbers(String text) {
        assertThat(BsnDetector.containsBsn(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "123456789",
            "Bel me op 06-12345678",
            "Geboren 17-05-1990, postcode 3511 AB",
            "Ik werk sinds 2019 bij de gemeente",
            "12345678",
            "000000000",
            "000 000 000"
    })
    void findsNoBsnWhereThereIsNone(String text) {
        assertThat(BsnDetector.containsBsn(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void findsNoBsnInNothing(String text) {
        assertThat(BsnDetector.containsBsn(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678 2", "1234567 82"})
    void findsABsnWhoseLastGroupIsShort(String text) {
        assertThat(BsnDetector.containsBsn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ref 555 en 111222333", "111222333 en 123456789"})
    void findsABsnAfterOtherNumbers(String text) {
        assertThat(BsnDetector.containsBsn(text)).isTrue();
    }
}
