package nl.rmt.intake.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;

/** The shipped data says what DOMAIN.md says. */
class RoutingDataTest {

    private final RoutingData data = RoutingData.loadDefault();

    @Test
    void theNationalLeadTableIsTheReorganisationRuleThenTheNineRulesInOrderEndingWithTheDesk() {
        assertThat(data.nationalLeadRules())
                .extracting(LeadRule::id, LeadRule::leadType)
                .containsExactly(
                        tuple("national-0-reorganisation", PartnerType.VAKBOND),
                        tuple("national-1-jobbank-wajong", PartnerType.UWV),
                        tuple("national-2-jobbank", PartnerType.GEMEENTE),
                        tuple("national-3-zzp", PartnerType.GEMEENTE),
                        tuple("national-4-ww", PartnerType.UWV),
                        tuple("national-5-bijstand", PartnerType.GEMEENTE),
                        tuple("national-6-at-risk-employee", PartnerType.VAKBOND),
                        tuple("national-7-youth-without-basic-qualification", PartnerType.ONDERWIJS),
                        tuple("national-8-youth", PartnerType.GEMEENTE),
                        tuple("national-9-regional-desk", PartnerType.RMT));
        assertThat(data.nationalLeadRules().get(9).when().isAlways()).isTrue();
    }

    @Test
    void referralsAreDebtTrainingAndNewcomerInThatOrder() {
        assertThat(data.referralRules()).containsExactly(
                new ReferralRule(TargetGroup.DEBT, PartnerType.SCHULDHULP),
                new ReferralRule(TargetGroup.TRAINING, PartnerType.ONDERWIJS),
                new ReferralRule(TargetGroup.NEWCOMER, PartnerType.GEMEENTE));
    }

    @Test
    void theYouthAgeLimitIs27WhereNoRegionChangesIt() {
        assertThat(data.youthAgeLimit("AM18")).isEqualTo(27);
        assertThat(data.youthAgeLimit("AM27")).isEqualTo(27);
    }

    @Test
    void noordoostBrabantTriesItsZzpRuleBeforeTheNationalTable() {
        List<LeadRule> rules = data.leadRules("AM27");

        assertThat(rules).hasSize(data.nationalLeadRules().size() + 1);
        assertThat(rules.get(0).id()).isEqualTo("am27-zzp-project");
        assertThat(rules.get(0).partnerId()).contains("am27-zzp-project");
        assertThat(rules.subList(1, rules.size())).isEqualTo(data.nationalLeadRules());
    }

    @Test
    void aRegionWithoutOverrideUsesTheNationalTable() {
        assertThat(data.leadRules("AM26")).isEqualTo(data.nationalLeadRules());
        assertThat(data.override("AM26")).isEmpty();
    }

    @Test
    void theVersionNamesBothTheRulesAndThePartnersVersion() {
        assertThat(data.version()).matches("rules-[^+]+\\+partners-.+");
    }

    @Test
    void theDefaultDataIsLoadedOnce() {
        assertThat(RoutingData.loadDefault()).isSameAs(data);
    }

    @Test
    void aRegionCanChangeTheYouthAgeLimitAlone() {
        RoutingData changed = new RoutingDataFixture().override("AM02.json", "{'region': 'AM02', 'youthAgeLimit': 30}").load();

        assertThat(changed.youthAgeLimit("AM02")).isEqualTo(30);
        assertThat(changed.youthAgeLimit("AM03")).isEqualTo(27);
        assertThat(changed.leadRules("AM02")).isEqualTo(changed.nationalLeadRules());
    }
}
