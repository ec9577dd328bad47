package nl.rmt.intake.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ValidationMessagesTest {

    private static final Object[] ARGUMENTS = {"«first»", "«second»"};
    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z]+(_[A-Z]+)*");

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void hasADutchAndAnEnglishTextForEveryCode(ErrorCode code) {
        String dutch = ValidationMessages.message(Language.NL, code, ARGUMENTS);
        String english = ValidationMessages.message(Language.EN, code, ARGUMENTS);

        assertThat(dutch).isNotBlank().endsWith(".");
        assertThat(english).isNotBlank().endsWith(".").isNotEqualTo(dutch);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void usesTheSamePlaceholdersInBothLanguages(ErrorCode code) {
        String dutch = ValidationMessages.message(Language.NL, code, ARGUMENTS);
        String english = ValidationMessages.message(Language.EN, code, ARGUMENTS);

        assertThat(dutch.contains("«first»")).isEqualTo(english.contains("«first»"));
        assertThat(dutch.contains("«second»")).isEqualTo(english.contains("«second»"));
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void keepsCodesInUpperSnakeCase(ErrorCode code) {
        assertThat(code.name()).matches(UPPER_SNAKE);
    }

    @Test
    void fillsInPlaceholdersInOrder() {
        assertThat(ValidationMessages.message(Language.EN, ErrorCode.DATE_OUT_OF_RANGE, "1950-01-01", "2036-03-15"))
                .isEqualTo("Enter a date between 1950-01-01 and 2036-03-15.");
        assertThat(ValidationMessages.message(Language.NL, ErrorCode.TOO_LONG, 100))
                .isEqualTo("Gebruik maximaal 100 tekens.");
    }

    @Test
    void asksNotToShareTheBsnInTheCitizensLanguage() {
        assertThat(ValidationMessages.message(Language.NL, ErrorCode.BSN_NOT_ALLOWED))
                .contains("burgerservicenummer");
        assertThat(ValidationMessages.message(Language.EN, ErrorCode.BSN_NOT_ALLOWED))
                .contains("do not share");
    }
}
