package nl.rmt.intake.domain.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerTypeNamesTest {

    @ParameterizedTest
    @CsvSource({
            "UWV, UWV, UWV",
            "GEMEENTE, de gemeente, the municipality",
            "VAKBOND, een vakbond, a trade union",
            "ONDERWIJS, een onderwijsinstelling, a school or training provider",
            "SCHULDHULP, schuldhulpverlening, debt counselling",
            "RMT, het regionale mobiliteitsteam, the regional mobility team"})
    void eachPartnerTypeHasAPlainNameInBothLanguages(PartnerType type, String dutch, String english) {
        assertThat(PartnerTypeNames.of(type, Language.NL)).isEqualTo(dutch);
        assertThat(PartnerTypeNames.of(type, Language.EN)).isEqualTo(english);
    }

    @Test
    void noPartnerTypeIsShownByItsInternalCodeExceptUwv() {
        for (PartnerType type : PartnerType.values()) {
            if (type != PartnerType.UWV) {
                assertThat(PartnerTypeNames.of(type, Language.NL)).isNotEqualTo(type.name());
                assertThat(PartnerTypeNames.of(type, Language.EN)).isNotEqualTo(type.name());
            }
        }
    }
}
