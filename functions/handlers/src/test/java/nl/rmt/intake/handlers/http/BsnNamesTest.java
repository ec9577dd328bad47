package nl.rmt.intake.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"bsn", "BSN", "myBsNumber", "x_bsn_x", "burgerservicenummer", "BurgerServiceNummer",
            "sofinummer", "SOFI_NUMMER", "socialsecurity", "social_security", "Social_Security_Number", "bs bsn"})
    void aKeyHoldingOneOfTheWordsInAnyAsciiCaseIsNamedLikeABsn(String key) {
        assertThat(BsnNames.isBsnName(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bs", "b-s-n", "bs_n", "social__security", "social-security", "sofi nummer",
            "burger_service", "\uFF22\uFF33\uFF2E", "\u017Fofinummer", "bsn\n", "x\rbsn", "bsn\u0085", "\u2028bsn",
            "bsn\u2029", "email"})
    void anyOtherKeyIsNot(String key) {
        assertThat(BsnNames.isBsnName(key)).isFalse();
    }
}
