package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeTest {

    private static final LocalDate BORN = LocalDate.of(1999, 6, 15);

    @Test
    void isZeroOnTheDayOfBirth() {
        assertThat(Age.on(BORN, BORN)).isZero();
    }

    @Test
    void staysTheSameOnTheDayBeforeABirthday() {
        assertThat(Age.on(BORN, LocalDate.of(2026, 6, 14))).isEqualTo(26);
    }

    @Test
    void goesUpOnTheBirthdayItself() {
        assertThat(Age.on(BORN, LocalDate.of(2026, 6, 15))).isEqualTo(27);
    }

    @Test
    void goesUpOnFirstMarchForSomeoneBornOnTwentyNinthFebruaryInACommonYear() {
        LocalDate leapDay = LocalDate.of(2000, 2, 29);

        assertThat(Age.on(leapDay, LocalDate.of(2027, 2, 28))).isEqualTo(26);
        assertThat(Age.on(leapDay, LocalDate.of(2027, 3, 1))).isEqualTo(27);
    }

    @Test
    void goesUpOnTwentyNinthFebruaryInALeapYear() {
        LocalDate leapDay = LocalDate.of(2000, 2, 29);

        assertThat(Age.on(leapDay, LocalDate.of(2028, 2, 28))).isEqualTo(27);
        assertThat(Age.on(leapDay, LocalDate.of(2028, 2, 29))).isEqualTo(28);
    }

    @Test
    void refusesADayBeforeBirthWithoutNamingTheDates() {
        assertThatThrownBy(() -> Age.on(BORN, BORN.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("1999")
                .hasMessageNotContaining("06-14");
    }

    @Test
    void isAvailableOnPersonalDetails() {
        PersonalDetails person = new PersonalDetails("A", "B", "a@b.nl", null, BORN, null, null, Language.NL);

        assertThat(person.ageOn(LocalDate.of(2026, 6, 15))).isEqualTo(27);
    }
}
