package nl.rmt.intake.domain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.rmt.intake.domain.region.RegionResolution.Basis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionResolverTest {

    private static final Municipalities TABLE = Municipalities.loadDefault();
    private final RegionResolver resolver = new RegionResolver(TABLE);

    private static LabourMarketRegion region(String code) {
        return TABLE.region(code).orElseThrow();
    }

    @Test
    void givesTheCaseToTheRegionOfTheHomeMunicipality() {
        RegionResolution resolution = resolver.resolve("AM27", "GM1706");

        assertThat(resolution.caseRegion()).isEqualTo(region("AM33"));
        assertThat(resolution.deskRegion()).isEqualTo(region("AM27"));
        assertThat(resolution.homeMunicipality().code()).isEqualTo("GM1706");
        assertThat(resolution.basis()).isEqualTo(Basis.HOME_MUNICIPALITY);
    }

    @Test
    void recordsTheHomeMunicipalityAsBasisEvenWhenItLiesInTheDesksOwnRegion() {
        RegionResolution resolution = resolver.resolve("AM01", "GM0106");

        assertThat(resolution.caseRegion()).isEqualTo(region("AM01"));
        assertThat(resolution.basis()).isEqualTo(Basis.HOME_MUNICIPALITY);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void givesTheCaseToTheDesksRegionWithoutAHomeMunicipality(String homeMunicipality) {
        RegionResolution resolution = resolver.resolve("AM18", homeMunicipality);

        assertThat(resolution.caseRegion()).isEqualTo(region("AM18"));
        assertThat(resolution.deskRegion()).isEqualTo(region("AM18"));
        assertThat(resolution.homeMunicipality()).isNull();
        assertThat(resolution.basis()).isEqualTo(Basis.DESK);
    }

    @Test
    void acceptsLowerCaseCodes() {
        RegionResolution resolution = resolver.resolve("am06", "gm0050");

        assertThat(resolution.caseRegion()).isEqualTo(region("AM06"));
        assertThat(resolution.deskRegion()).isEqualTo(region("AM06"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"AM04", "AM99", "GM0014", ""})
    void refusesAnUnknownDeskRegion(String deskRegion) {
        assertThatThrownBy(() -> resolver.resolve(deskRegion, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown desk region code");
    }

    @Test
    void refusesAnUnknownHomeMunicipalityWithoutRepeatingIt() {
        assertThatThrownBy(() -> resolver.resolve("AM18", "GM9876"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("GM9876");
    }
}
