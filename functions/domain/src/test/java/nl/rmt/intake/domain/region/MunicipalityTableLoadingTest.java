package nl.rmt.intake.domain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityTableLoadingTest {

    private static final String HEADER =
            "gemeente_code,gemeente_naam,arbeidsmarktregio_code,arbeidsmarktregio_naam,provincie\n";

    private static Municipalities load(String csv) {
        return Municipalities.load(new StringReader(csv), 2027);
    }

    @Test
    void loadsAnotherYearsTableFromAReader() {
        Municipalities table = load(HEADER
                + "GM0001,\"Nieuwe Gemeente, \"\"de\"\" Fusie\",AM01,Groningen,Groningen\n"
                + "GM0002,Oudeplaats,AM02,Friesland,Fryslân\n"
                + "GM0003,Anderplaats,AM01,Groningen,Drenthe\n");

        assertThat(table.year()).isEqualTo(2027);
        assertThat(table.municipalities()).hasSize(3);
        assertThat(table.regions()).extracting(LabourMarketRegion::code).containsExactly("AM01", "AM02");
        assertThat(table.municipality("GM0001").orElseThrow().name()).isEqualTo("Nieuwe Gemeente, \"de\" Fusie");
        assertThat(table.municipality("GM0003").orElseThrow().region().name()).isEqualTo("Groningen");
        assertThat(table.municipality("GM0002").orElseThrow().province()).isEqualTo("Fryslân");
    }

    @Test
    void findsColumnsByTheirHeaderSoTheyMayBeReorderedOrExtended() {
        Municipalities table = load("provincie,arbeidsmarktregio_naam,arbeidsmarktregio_code,gemeente_naam,"
                + "gemeente_code,inwoners\n"
                + "Utrecht,Midden-Utrecht,AM13,Utrecht,GM0344,370000\n");

        Municipality utrecht = table.municipality("GM0344").orElseThrow();
        assertThat(utrecht.name()).isEqualTo("Utrecht");
        assertThat(utrecht.province()).isEqualTo("Utrecht");
        assertThat(utrecht.region()).isEqualTo(new LabourMarketRegion("AM13", "Midden-Utrecht"));
    }

    @Test
    void trimsSpacesAroundValues() {
        Municipalities table = load(HEADER + " GM0344 , Utrecht ,AM13 , Midden-Utrecht,Utrecht\n");

        assertThat(table.municipality("GM0344").orElseThrow().name()).isEqualTo("Utrecht");
        assertThat(table.region("AM13").orElseThrow().name()).isEqualTo("Midden-Utrecht");
    }

    @Test
    void refusesADuplicateMunicipalityCode() {
        assertThatThrownBy(() -> load(HEADER
                + "GM0001,Een,AM01,Groningen,Groningen\n"
                + "GM0001,Twee,AM01,Groningen,Groningen\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("duplicate municipality code GM0001");
    }

    @Test
    void refusesOneRegionCodeWithTwoNames() {
        assertThatThrownBy(() -> load(HEADER
                + "GM0001,Een,AM01,Groningen,Groningen\n"
                + "GM0002,Twee,AM01,Groningen-Noord,Groningen\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("region AM01 has two names");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GM001", "GM00001", "gm0001", "XX0001", "GM00A1", "0001"})
    void refusesAMalformedMunicipalityCode(String code) {
        assertThatThrownBy(() -> load(HEADER + code + ",Een,AM01,Groningen,Groningen\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AM1", "AM001", "am01", "RM01", "AMX1"})
    void refusesAMalformedRegionCode(String code) {
        assertThatThrownBy(() -> load(HEADER + "GM0001,Een," + code + ",Groningen,Groningen\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesARowWithTooFewFields() {
        assertThatThrownBy(() -> load(HEADER + "GM0001,Een,AM01,Groningen\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("expected 5 fields, found 4");
    }

    @Test
    void refusesARowWithTooManyFields() {
        assertThatThrownBy(() -> load(HEADER + "GM0001,Een,AM01,Groningen,Groningen,extra\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("expected 5 fields, found 6");
    }

    @Test
    void refusesAnEmptyName() {
        assertThatThrownBy(() -> load(HEADER + "GM0001, ,AM01,Groningen,Groningen\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("gemeente_naam is empty");
    }

    @Test
    void refusesAHeaderWithoutARequiredColumn() {
        assertThatThrownBy(() -> load("gemeente_code,gemeente_naam,arbeidsmarktregio_code,provincie\n"
                + "GM0001,Een,AM01,Groningen\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("arbeidsmarktregio_naam");
    }

    @Test
    void refusesAnEmptyTable() {
        assertThatThrownBy(() -> load("")).isInstanceOf(MalformedTableException.class);
    }

    @Test
    void refusesATableWithOnlyAHeader() {
        assertThatThrownBy(() -> load(HEADER))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("no municipalities");
    }
}
