package nl.rmt.intake.domain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalitiesTest {

    private static final Municipalities TABLE = Municipalities.loadDefault();

    @Test
    void holdsAllMunicipalitiesOf2026() {
        assertThat(TABLE.municipalities()).hasSize(342);
        assertThat(TABLE.year()).isEqualTo(2026);
    }

    @Test
    void holdsAllThirtyFiveRegionsSortedByCode() {
        assertThat(TABLE.regions()).hasSize(35);
        assertThat(TABLE.regions()).extracting(LabourMarketRegion::code).isSorted()
                .startsWith("AM01").endsWith("AM38");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AM04", "AM16", "AM31"})
    void doesNotKnowRegionCodesThatDoNotExist(String code) {
        assertThat(TABLE.region(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} is in {2}")
    @CsvSource({
            "GM1706, Cranendonck, AM33, Midden-Limburg, Noord-Brabant",
            "GM0106, Assen,       AM01, Groningen,      Drenthe",
            "GM0050, Zeewolde,    AM06, Veluwe Stedendriehoek, Flevoland"
    })
    void placesMunicipalitiesInRegionsAcrossProvinceBorders(String code, String name, String regionCode,
                                                            String regionName, String province) {
        Municipality municipality = TABLE.municipality(code).orElseThrow();

        assertThat(municipality.name()).isEqualTo(name);
        assertThat(municipality.province()).isEqualTo(province);
        assertThat(municipality.region()).isEqualTo(new LabourMarketRegion(regionCode, regionName));
    }

    @Test
    void readsNamesThatContainACommaWhole() {
        assertThat(TABLE.municipality("GM0820").orElseThrow().name()).isEqualTo("Nuenen, Gerwen en Nederwetten");
    }

    @Test
    void keepsNonAsciiLettersInNames() {
        assertThat(TABLE.municipalities()).extracting(Municipality::name).anyMatch(name -> name.contains("ú"));
    }

    @Test
    void tellsMunicipalitiesWithTheSameBaseNameApartByCode() {
        assertThat(TABLE.municipality("GM0373").orElseThrow().name()).isEqualTo("Bergen (NH.)");
        assertThat(TABLE.municipality("GM0893").orElseThrow().name()).isEqualTo("Bergen (L.)");
    }

    @Test
    void findsTheRegionsTheProjectStartedWith() {
        assertThat(TABLE.region("AM18").orElseThrow().name()).isEqualTo("Groot Amsterdam");
        assertThat(TABLE.region("AM23").orElseThrow().name()).isEqualTo("Drechtsteden");
        assertThat(TABLE.region("AM27").orElseThrow().name()).isEqualTo("Noordoost-Brabant");
    }

    @Test
    void looksUpCodesIgnoringCaseAndSurroundingSpaces() {
        assertThat(TABLE.municipality(" gm1706 ")).map(Municipality::name).contains("Cranendonck");
        assertThat(TABLE.region("am33")).map(LabourMarketRegion::name).contains("Midden-Limburg");
    }

    @Test
    void findsNothingForAnUnknownOrMissingCode() {
        assertThat(TABLE.municipality("GM9999")).isEmpty();
        assertThat(TABLE.municipality(null)).isEmpty();
        assertThat(TABLE.region("AM99")).isEmpty();
        assertThat(TABLE.region(null)).isEmpty();
    }

    @Test
    void doesNotLookUpByName() {
        assertThat(TABLE.municipality("Cranendonck")).isEmpty();
        assertThat(TABLE.region("Groningen")).isEmpty();
    }

    @Test
    void listsMunicipalitiesSortedByCode() {
        assertThat(TABLE.municipalities()).extracting(Municipality::code).isSorted().startsWith("GM0014");
    }

    @Test
    void givesEveryRegionAtLeastOneMunicipality() {
        assertThat(TABLE.regions()).allSatisfy(region ->
                assertThat(TABLE.municipalities()).anyMatch(municipality -> municipality.region().equals(region)));
    }

    @Test
    void findsTheTableThroughItsSettingsFile() throws IOException {
        Properties settings = new Properties();
        try (InputStream stream = Municipalities.class.getResourceAsStream("/reference/municipalities.properties")) {
            settings.load(stream);
        }

        assertThat(settings.getProperty("year")).isEqualTo(String.valueOf(TABLE.year()));
        assertThat(Municipalities.class.getResource("/reference/" + settings.getProperty("table"))).isNotNull();
    }

    @Test
    void returnsListsThatCannotBeChanged() {
        assertThatThrownBy(() -> TABLE.regions().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TABLE.municipalities().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
