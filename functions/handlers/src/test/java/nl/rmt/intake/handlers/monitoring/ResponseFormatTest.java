package nl.rmt.intake.handlers.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/csv | CSV",
        "text/csv; charset=utf-8 | CSV",
        "application/json | JSON",
        "*/* | JSON",
        "text/csv, */*;q=0.1 | CSV",
        "application/json, text/csv;q=0.5 | JSON",
        "text/csv;q=0.9, application/json;q=0.8 | CSV",
        "text/csv, application/json | JSON",
        "text/html | JSON"})
    void withoutFormatTheAcceptHeadersPreferenceDecidesAndJsonWinsATie(String accept, ResponseFormat expected) {
        assertThat(ResponseFormat.of(null, Optional.of(accept))).contains(expected);
    }

    @Test
    void withoutFormatOrAcceptTheAnswerIsJson() {
        assertThat(ResponseFormat.of(null, Optional.empty())).contains(ResponseFormat.JSON);
    }

    @Test
    void theFormatParameterWinsOverAcceptAndIgnoresCase() {
        assertThat(ResponseFormat.of("CSV", Optional.of("application/json"))).contains(ResponseFormat.CSV);
        assertThat(ResponseFormat.of("json", Optional.of("text/csv"))).contains(ResponseFormat.JSON);
    }

    @Test
    void aFormatThatIsNeitherIsNoFormat() {
        assertThat(ResponseFormat.of("xlsx", Optional.empty())).isEmpty();
    }
}
