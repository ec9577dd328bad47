package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1234 AB    | 1234 AB",
            "1234AB     | 1234 AB",
            "1234ab     | 1234 AB",
            "1234 aB    | 1234 AB",
            "' 3511 ab '| 3511 AB",
            "1000 AA    | 1000 AA",
            "9999 ZZ    | 9999 ZZ"
    })
    void writesAcceptedPostcodesAsFourDigitsSpaceTwoCapitals(String typed, String normalised) {
        assertThat(Postcodes.normalise(typed)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 SA", "1234 SD", "1234 SS", "1234sa", "1234 sd", "1234Ss"})
    void refusesLetterPairsThatAreNeverIssued(String typed) {
        assertThat(Postcodes.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 SB", "1234 SC", "1234 SE", "1234 AS", "1234 DS", "1234 ST"})
    void acceptsLetterPairsNextToTheNeverIssuedOnes(String typed) {
        assertThat(Postcodes.normalise(typed)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 AB", "0999 ZZ"})
    void refusesAPostcodeStartingWithZero(String typed) {
        assertThat(Postcodes.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "123 AB", "12345 AB", "1234 A", "1234 ABC", "1234  AB", "1234-AB", "AB 1234", "1234 A1", "1234 ÄB", "",
            "1234"
    })
    void refusesAnythingElse(String typed) {
        assertThat(Postcodes.normalise(typed)).isEmpty();
    }
}
