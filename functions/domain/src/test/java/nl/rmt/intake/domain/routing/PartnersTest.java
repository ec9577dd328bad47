package nl.rmt.intake.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;

class PartnersTest {

    private static final Partner DESK_AM01 = partner("rmt-am01", PartnerType.RMT, "AM01");
    private static final Partner DESK_AM02 = partner("rmt-am02", PartnerType.RMT, "AM02");
    private static final Partner NATIONAL_SCHOOL = partner("sbb", PartnerType.ONDERWIJS);
    private static final Partner REGIONAL_SCHOOL = partner("am01-onderwijs", PartnerType.ONDERWIJS, "AM01");
    private static final Partner MUNICIPALITY = partner("am01-gemeente", PartnerType.GEMEENTE, "AM01");
    private static final Partner PROJECT = partner("am01-project", PartnerType.GEMEENTE, "AM01");

    private final Partners partners = new Partners(
            List.of(DESK_AM01, DESK_AM02, NATIONAL_SCHOOL, REGIONAL_SCHOOL, MUNICIPALITY, PROJECT), Set.of("am01-project"));

    @Test
    void aRegionalPartnerServingTheRegionComesFirst() {
        assertThat(partners.resolve("AM01", PartnerType.ONDERWIJS)).isEqualTo(REGIONAL_SCHOOL);
    }

    @Test
    void aNationalPartnerServesRegionsWithoutTheirOwn() {
        assertThat(partners.resolve("AM02", PartnerType.ONDERWIJS)).isEqualTo(NATIONAL_SCHOOL);
    }

    @Test
    void withoutRegionalOrNationalPartnerTheRegionsDeskIsReturned() {
        assertThat(partners.resolve("AM02", PartnerType.GEMEENTE)).isEqualTo(DESK_AM02);
        assertThat(partners.resolve("AM01", PartnerType.SCHULDHULP)).isEqualTo(DESK_AM01);
    }

    @Test
    void theRmtTypeIsTheRegionsDesk() {
        assertThat(partners.resolve("AM01", PartnerType.RMT)).isEqualTo(DESK_AM01);
        assertThat(partners.desk("AM02")).isEqualTo(DESK_AM02);
    }

    @Test
    void aPartnerReachedOnlyThroughARuleIsNeverChosenByType() {
        assertThat(partners.resolve("AM01", PartnerType.GEMEENTE)).isEqualTo(MUNICIPALITY);
        assertThat(partners.isOnlyWhenNamedByRule("am01-project")).isTrue();
        assertThat(partners.byId("am01-project")).contains(PROJECT);
    }

    @Test
    void anUnknownRegionHasNoDesk() {
        assertThatThrownBy(() -> partners.desk("AM99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AM99");
    }

    @Test
    void partnersAreFoundByIdAndListedInTheirOriginalOrder() {
        assertThat(partners.byId("sbb")).contains(NATIONAL_SCHOOL);
        assertThat(partners.byId("nobody")).isEmpty();
        assertThat(partners.all()).containsExactly(DESK_AM01, DESK_AM02, NATIONAL_SCHOOL, REGIONAL_SCHOOL, MUNICIPALITY, PROJECT);
        assertThat(partners.deskRegions()).containsExactlyInAnyOrder("AM01", "AM02");
    }

    @Test
    void twoPartnersChosenForTheSameTypeInOneRegionAreRefused() {
        Partner secondMunicipality = partner("am01-other", PartnerType.GEMEENTE, "AM01");

        assertThatThrownBy(() -> new Partners(List.of(DESK_AM01, MUNICIPALITY, secondMunicipality), Set.of()))
                .isInstanceOf(RoutingDataException.class)
                .hasMessageContaining("am01-gemeente").hasMessageContaining("am01-other").hasMessageContaining("GEMEENTE in AM01");
    }

    @Test
    void twoNationalPartnersOfOneTypeAreRefused() {
        assertThatThrownBy(() -> new Partners(List.of(NATIONAL_SCHOOL, partner("other-school", PartnerType.ONDERWIJS)), Set.of()))
                .isInstanceOf(RoutingDataException.class).hasMessageContaining("ONDERWIJS in all regions");
    }

    @Test
    void aDeskMustServeExactlyOneRegion() {
        assertThatThrownBy(() -> new Partners(List.of(partner("rmt", PartnerType.RMT)), Set.of()))
                .isInstanceOf(RoutingDataException.class).hasMessageContaining("exactly one region");
        assertThatThrownBy(() -> new Partners(List.of(partner("rmt", PartnerType.RMT, "AM01", "AM02")), Set.of()))
                .isInstanceOf(RoutingDataException.class).hasMessageContaining("exactly one region");
    }

    @Test
    void aRegionWithTwoDesksIsRefused() {
        assertThatThrownBy(() -> new Partners(List.of(DESK_AM01, partner("rmt-am01-bis", PartnerType.RMT, "AM01")), Set.of()))
                .isInstanceOf(RoutingDataException.class).hasMessageContaining("two RMT desks");
    }

    @Test
    void aPartnerServingARegionWithoutDeskIsRefused() {
        assertThatThrownBy(() -> new Partners(List.of(DESK_AM01, partner("am05-gemeente", PartnerType.GEMEENTE, "AM05")), Set.of()))
                .isInstanceOf(RoutingDataException.class).hasMessageContaining("AM05").hasMessageContaining("no RMT desk");
    }

    @Test
    void repeatedIdsAndQueuesAreRefused() {
        assertThatThrownBy(() -> new Partners(List.of(DESK_AM01, DESK_AM01), Set.of()))
                .isInstanceOf(RoutingDataException.class).hasMessageContaining("rmt-am01").hasMessageContaining("more than once");
        Partner sameQueue = new Partner("other", PartnerType.UWV, Map.of(Language.NL, "x"), DESK_AM01.queue(), Set.of(), 5);
        assertThatThrownBy(() -> new Partners(List.of(DESK_AM01, sameQueue), Set.of()))
                .isInstanceOf(RoutingDataException.class).hasMessageContaining("queue 'queue-rmt-am01'");
    }

    @Test
    void onlyExistingPartnersCanBeMarkedAsReachedThroughARule() {
        assertThatThrownBy(() -> new Partners(List.of(DESK_AM01), Set.of("ghost")))
                .isInstanceOf(RoutingDataException.class).hasMessageContaining("ghost");
    }

    private static Partner partner(String id, PartnerType type, String... regions) {
        return new Partner(id, type, Map.of(Language.NL, id, Language.EN, id), "queue-" + id, Set.of(regions), 5);
    }
}
