package nl.rmt.intake.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.region.Municipalities;
import org.junit.jupiter.api.Test;

/** The routing data fits the CBS region table: every region can route every kind of case to a real queue. */
class RoutingDataConsistencyTest {

    private final RoutingData data = RoutingData.loadDefault();
    private final List<LabourMarketRegion> regions = Municipalities.loadDefault().regions();
    private final Set<String> regionCodes = regions.stream().map(LabourMarketRegion::code).collect(Collectors.toSet());

    @Test
    void everyRegionHasItsOwnDeskNamedAfterIt() {
        assertThat(regions).hasSize(35);
        for (LabourMarketRegion region : regions) {
            String code = region.code().toLowerCase(Locale.ROOT);
            Partner desk = data.partners().desk(region.code());

            assertThat(desk.id()).isEqualTo("rmt-" + code);
            assertThat(desk.queue()).isEqualTo("desk-" + code);
            assertThat(desk.displayName(Language.NL)).isEqualTo("RMT " + region.name());
            assertThat(desk.displayName(Language.EN)).isEqualTo("Regional mobility team " + region.name());
        }
    }

    @Test
    void thereAreNoDesksForRegionsThatDoNotExist() {
        assertThat(data.partners().deskRegions()).containsExactlyInAnyOrderElementsOf(regionCodes);
    }

    @Test
    void everyRegionResolvesEveryPartnerTypeToAnExistingQueueThatServesIt() {
        Set<String> queues = data.partners().all().stream().map(Partner::queue).collect(Collectors.toSet());
        for (String region : regionCodes) {
            for (PartnerType type : PartnerType.values()) {
                Partner partner = data.partners().resolve(region, type);

                assertThat(queues).as("%s in %s", type, region).contains(partner.queue());
                assertThat(Partners.serves(partner, region)).as("%s in %s", type, region).isTrue();
                assertThat(partner.type()).as("%s in %s", type, region).isIn(type, PartnerType.RMT);
            }
        }
    }

    @Test
    void everyRegionalPartnerAndOverrideIsForARegionThatExists() {
        for (Partner partner : data.partners().all()) {
            assertThat(regionCodes).as(partner.id()).containsAll(partner.regions());
        }
        assertThat(data.override("AM27")).isPresent();
        assertThat(regionCodes).contains("AM27");
    }

    @Test
    void everyRuleThatNamesAPartnerNamesOneServingTheRulesRegion() {
        for (String region : regionCodes) {
            for (LeadRule rule : data.leadRules(region)) {
                rule.partnerId().ifPresent(id ->
                        assertThat(Partners.serves(data.partners().byId(id).orElseThrow(), region)).as(rule.id()).isTrue());
            }
        }
    }

    @Test
    void thePilotRegionsHaveThePartnersNamedInTheDomain() {
        assertThat(typeOf("am18-gemeente", "AM18")).isEqualTo(PartnerType.GEMEENTE);
        assertThat(typeOf("am18-schuldhulp", "AM18")).isEqualTo(PartnerType.SCHULDHULP);
        assertThat(typeOf("am18-onderwijs", "AM18")).isEqualTo(PartnerType.ONDERWIJS);
        assertThat(typeOf("am23-gemeente", "AM23")).isEqualTo(PartnerType.GEMEENTE);
        assertThat(typeOf("am23-schuldhulp", "AM23")).isEqualTo(PartnerType.SCHULDHULP);
        assertThat(typeOf("am27-gemeente", "AM27")).isEqualTo(PartnerType.GEMEENTE);
        assertThat(typeOf("am27-zzp-project", "AM27")).isEqualTo(PartnerType.GEMEENTE);
        assertThat(typeOf("am26-gemeente", "AM26")).isEqualTo(PartnerType.GEMEENTE);
        assertThat(typeOf("am13-gemeente", "AM13")).isEqualTo(PartnerType.GEMEENTE);
        assertThat(typeOf("am13-onderwijs", "AM13")).isEqualTo(PartnerType.ONDERWIJS);
    }

    @Test
    void theNationalPartnersServeEveryRegionFromOneQueue() {
        assertThat(data.partners().all()).filteredOn(Partner::isNational)
                .extracting(Partner::id, Partner::type, Partner::queue)
                .containsExactlyInAnyOrder(
                        tuple("uwv", PartnerType.UWV, "partner-uwv"),
                        tuple("vakbonden", PartnerType.VAKBOND, "partner-vakbonden"),
                        tuple("sbb", PartnerType.ONDERWIJS, "partner-sbb"));
    }

    @Test
    void everyPartnerPromisesContactWithinThreeToTenWorkingDays() {
        assertThat(data.partners().all()).allSatisfy(partner ->
                assertThat(partner.contactWithinWorkingDays()).as(partner.id()).isBetween(3, 10));
    }

    private PartnerType typeOf(String partnerId, String region) {
        Partner partner = data.partners().byId(partnerId).orElseThrow();
        assertThat(partner.regions()).as(partnerId).containsExactly(region);
        return partner.type();
    }
}
