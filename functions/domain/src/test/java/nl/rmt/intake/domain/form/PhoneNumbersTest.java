package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0612345678        | +31612345678",
            "06 12 34 56 78    | +31612345678",
            "06-12345678       | +31612345678",
            "06.1234.5678      | +31612345678",
            "020-1234567       | +31201234567",
            "(020) 123 45 67   | +31201234567",
            "0101234567        | +31101234567",
            "' 0612345678 '    | +31612345678"
    })
    void writesDutchNumbersInInternationalForm(String typed, String e164) {
        assertThat(PhoneNumbers.toE164(typed)).contains(e164);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "+31612345678         | +31612345678",
            "+31 6 1234 5678      | +31612345678",
            "0031612345678        | +31612345678",
            "0031 6 12345678      | +31612345678",
            "+31 (0)6 12345678    | +31612345678",
            "+31 (0)20 1234567    | +31201234567",
            "+32 470 12 34 56     | +32470123456",
            "0049 30 1234567      | +49301234567",
            "+1 (212) 555-0100    | +12125550100",
            "+44 (0)20 7946 0958  | +442079460958"
    })
    void acceptsInternationalNumbersWithPlusOrDoubleZero(String typed, String e164) {
        assertThat(PhoneNumbers.toE164(typed)).contains(e164);
    }

    @ParameterizedTest
    @CsvSource({
            "+12345678, +12345678",
            "+123456789012345, +123456789012345"
    })
    void acceptsInternationalNumbersFromEightToFifteenDigits(String typed, String e164) {
        assertThat(PhoneNumbers.toE164(typed)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1234567", "+1234567890123456", "001234567"})
    void refusesInternationalNumbersOutsideEightToFifteenDigits(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+310612345678", "+3161234567", "+316123456789", "00310612345678", "003161234567"})
    void requiresExactlyNineDigitsWithoutALeadingZeroAfterTheDutchCountryCode(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"061234567", "06123456789", "6123456789", "612345678"})
    void requiresTenDigitsStartingWithZeroForDutchNumbers(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "+0612345678",
            "++31612345678",
            "06+12345678",
            "06-1234567a",
            "06/12345678",
            "tel 0612345678",
            "(06) (12) 345678",
            "06)12345678(",
            "(0612345678",
            "()0612345678",
            "(06 ) 12345678",
            "",
            "   ",
            "- . ()"
    })
    void refusesAnythingElse(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).isEmpty();
    }
}
