package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "jan@example.nl                | jan@example.nl",
            "Jan.Jansen@Example.NL         | Jan.Jansen@example.nl",
            "a+tag@Mail.Sub.Domain.org     | a+tag@mail.sub.domain.org",
            "o'brien@example.ie            | o'brien@example.ie",
            "user_1-x@my-host.example.com  | user_1-x@my-host.example.com",
            "zoe@bücher.DE                 | zoe@bücher.de",
            "x@y.co                        | x@y.co",
            "user@example.XN--P1AI         | user@example.xn--p1ai"
    })
    void lowerCasesOnlyTheDomainOfAnAcceptedAddress(String typed, String normalised) {
        assertThat(EmailAddresses.normalise(typed)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jan",
            "jan@",
            "@example.nl",
            "jan@example",
            "jan@@example.nl",
            "jan@ex@ample.nl",
            "jan jansen@example.nl",
            "jan@exa mple.nl",
            "jan@example.n",
            "jan@example.123",
            "jan..jansen@example.nl",
            ".jan@example.nl",
            "jan.@example.nl",
            "jan@-example.nl",
            "jan@example-.nl",
            "jan@.example.nl",
            "jan@example..nl",
            "jan@example.nl.",
            "\"jan\"@example.nl",
            "jan@[127.0.0.1]",
            "jan\t@example.nl",
            "zoë@example.nl",
            "\u0661\u0662@example.nl"
    })
    void refusesAddressesThatAreNotLocalAtDomainDotTld(String typed) {
        assertThat(EmailAddresses.normalise(typed)).isEmpty();
    }

    @Test
    void acceptsALocalPartOfSixtyFourCharacters() {
        assertThat(EmailAddresses.normalise("a".repeat(64) + "@example.nl")).isPresent();
    }

    @Test
    void refusesALocalPartOfSixtyFiveCharacters() {
        assertThat(EmailAddresses.normalise("a".repeat(65) + "@example.nl")).isEmpty();
    }
}
