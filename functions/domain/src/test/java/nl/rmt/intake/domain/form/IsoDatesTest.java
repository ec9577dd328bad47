package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {

    @Test
    void readsAnIsoDate() {
        assertThat(IsoDates.parse("2026-03-01")).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void ignoresSurroundingSpaces() {
        assertThat(IsoDates.parse(" 2026-03-01 ")).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void acceptsTwentyNinthOfFebruaryInALeapYear() {
        assertThat(IsoDates.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"})
    void refusesDatesThatDoNotExist(String typed) {
        assertThat(IsoDates.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-3-1", "01-03-2026", "2026/03/01", "+2026-03-01", "12026-03-01", "20260301",
            "2026-03-01T00:00", "1 maart 2026", "", "2026-03-0a", "2026-٣-01", "2026-03-01-", "-026-03-01"
    })
    void refusesOtherFormats(String typed) {
        assertThat(IsoDates.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000-02-29", "1900-02-28", "0000-01-01", "9999-12-31", "2026-01-31", "2026-12-31"})
    void acceptsEveryDayThatExistsUpToTheLastOfTheMonth(String typed) {
        assertThat(IsoDates.parse(typed)).contains(LocalDate.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-02-29", "2100-02-29", "2026-06-31", "2026-11-31"})
    void refusesTheDayAfterTheLastOfTheMonth(String typed) {
        assertThat(IsoDates.parse(typed)).isEmpty();
    }
}
