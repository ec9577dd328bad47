package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.RoutingDataFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inconsistent routing data must stop the service from starting, with a message that points at the mistake. */
class RoutingDataValidationTest {

    private final RoutingDataFixture files = new RoutingDataFixture();

    private AbstractThrowableAssert<?, ? extends Throwable> assertLoadFails() {
        return assertThatThrownBy(files::load).isInstanceOf(RoutingDataException.class);
    }

    @Test
    void theShippedFilesLoad() {
        assertThat(files.load().partners().all()).isNotEmpty();
    }

    @Nested
    class Files {

        @Test
        void malformedJsonIsRefused() {
            assertThatThrownBy(() -> RoutingData.load(RoutingDataFixture.stream("{"),
                    RoutingDataFixture.stream(files.partnerTypes.toString()),
                    RoutingDataFixture.stream(files.rules.toString()), Map.of()))
                    .isInstanceOf(RoutingDataException.class).hasMessageStartingWith("partners.json:");
        }

        @Test
        void aMissingFileIsRefused() {
            assertThatThrownBy(() -> RoutingData.load(RoutingDataFixture.stream(files.partners.toString()), null,
                    RoutingDataFixture.stream(files.rules.toString()), Map.of()))
                    .isInstanceOf(RoutingDataException.class).hasMessage("partner-types.json: not found");
        }

        @Test
        void aMisspelledKeyIsRefusedRatherThanIgnored() {
            files.leadRule(4).set("wehn", files.leadRule(4).remove("when"));

            assertLoadFails().hasMessageContaining("rules.json").hasMessageContaining("wehn");
        }

        @Test
        void aKeyGivenTwiceIsRefused() {
            String twice = files.rules.toString().replaceFirst("\"youthAgeLimit\":27", "\"youthAgeLimit\":27,\"youthAgeLimit\":30");

            assertThatThrownBy(() -> RoutingData.load(RoutingDataFixture.stream(files.partners.toString()),
                    RoutingDataFixture.stream(files.partnerTypes.toString()), RoutingDataFixture.stream(twice), Map.of()))
                    .isInstanceOf(RoutingDataException.class).hasMessageContaining("youthAgeLimit");
        }

        @Test
        void aMissingVersionIsRefused() {
            files.partners.remove("version");

            assertLoadFails().hasMessage("partners.json: version is missing");
        }
    }

    @Nested
    class PartnerEntries {

        @Test
        void anUnknownPartnerTypeIsRefused() {
            files.partner("uwv").put("type", "BANK");

            assertLoadFails().hasMessageContaining("partners.json").hasMessageContaining("BANK")
                    .hasMessageContaining("partners[0].type");
        }

        @Test
        void aRepeatedPartnerIdIsRefused() {
            files.partner("sbb").put("id", "uwv");

            assertLoadFails().hasMessageContaining("partner id 'uwv' is used more than once");
        }

        @Test
        void aRepeatedQueueIsRefused() {
            files.partner("sbb").put("queue", "partner-uwv");

            assertLoadFails().hasMessageContaining("queue 'partner-uwv' is used by both 'uwv' and 'sbb'");
        }

        @Test
        void aQueueOfSixtyCharactersIsAccepted() {
            files.partner("sbb").put("queue", "q".repeat(60));

            assertThat(files.load().partners().byId("sbb").orElseThrow().queue()).hasSize(60);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Partner-SBB", "partner_sbb", "partner.sbb", ""})
        void aQueueNameOutsideLowercaseLettersDigitsAndDashesIsRefused(String queue) {
            files.partner("sbb").put("queue", queue);

            assertLoadFails().hasMessageContaining("'sbb'").hasMessageContaining("queue");
        }

        @Test
        void aQueueOfSixtyOneCharactersIsRefused() {
            files.partner("sbb").put("queue", "q".repeat(61));

            assertLoadFails().hasMessageContaining("1 to 60");
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 20})
        void contactWithinWorkingDaysAtTheLimitsIsAccepted(int days) {
            files.partner("sbb").put("contactWithinWorkingDays", days);

            assertThat(files.load().partners().byId("sbb").orElseThrow().contactWithinWorkingDays()).isEqualTo(days);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 21})
        void contactWithinWorkingDaysOutsideTheLimitsIsRefused(int days) {
            files.partner("sbb").put("contactWithinWorkingDays", days);

            assertLoadFails().hasMessageContaining("contactWithinWorkingDays");
        }

        @ParameterizedTest
        @ValueSource(strings = {"AM1", "am18", "AM018", "GM0363"})
        void aRegionThatIsNotARegionCodeIsRefused(String region) {
            ((ArrayNode) files.partner("am18-gemeente").get("regions")).set(0, region);

            assertLoadFails().hasMessageContaining("'" + region + "' is not a code");
        }

        @Test
        void aMissingEnglishNameIsRefused() {
            ((ObjectNode) files.partner("uwv").get("displayName")).remove("en");

            assertLoadFails().hasMessageContaining("'uwv' has no English displayName");
        }

        @Test
        void aSecondMunicipalityForARegionIsRefusedUnlessOnlyARuleNamesIt() {
            files.partner("am27-zzp-project").remove("onlyWhenNamedByRule");

            assertLoadFails().hasMessageContaining("GEMEENTE in AM27");
        }

        @Test
        void aPartnerThatOnlyARuleCanReachButNoRuleNamesIsRefused() {
            files.overrides.clear();

            assertLoadFails().hasMessageContaining("'am27-zzp-project'").hasMessageContaining("no lead rule names it");
        }

        @Test
        void aRegionalPartnerInARegionWithoutDeskIsRefused() {
            ArrayNode partners = files.partnerList();
            for (int i = 0; i < partners.size(); i++) {
                if (partners.get(i).get("id").asText().equals("rmt-am23")) {
                    partners.remove(i);
                }
            }

            assertLoadFails().hasMessageContaining("region AM23, which has no RMT desk");
        }
    }

    @Nested
    class PartnerTypeEntries {

        @Test
        void aPartnerTypeWithoutAllowListIsRefused() {
            ((ObjectNode) files.partnerTypes.get("types")).remove("VAKBOND");

            assertLoadFails().hasMessage("partner-types.json: no allow-list for partner type VAKBOND");
        }

        @Test
        void anUnknownPersonFieldIsRefused() {
            ((ArrayNode) files.partnerTypes.get("types").get("UWV").get("personFields")).add("bsn");

            assertLoadFails().hasMessage("partner-types.json: UWV: unknown person field 'bsn'");
        }

        @Test
        void anAllowListWithoutReasonIsRefused() {
            ((ObjectNode) files.partnerTypes.get("types").get("UWV")).put("why", " ");

            assertLoadFails().hasMessageContaining("UWV has no 'why'");
        }
    }

    @Nested
    class Rules {

        @Test
        void aRuleNamingAnUnknownPartnerIsRefused() {
            ((ObjectNode) files.leadRule(4).get("lead")).put("partner", "uwv-typo");

            assertLoadFails().hasMessage("rules.json: rule 'national-4-ww' names unknown partner 'uwv-typo'");
        }

        @Test
        void aRuleNamingAPartnerOfAnotherTypeIsRefused() {
            ((ObjectNode) files.leadRule(4).get("lead")).put("partner", "sbb");

            assertLoadFails().hasMessageContaining("asks for type UWV but names partner 'sbb' of type ONDERWIJS");
        }

        @Test
        void aNationalRuleNamingARegionalPartnerIsRefused() {
            ((ObjectNode) files.leadRule(3).get("lead")).put("partner", "am26-gemeente");

            assertLoadFails().hasMessageContaining("does not serve every region");
        }

        @Test
        void aNationalRuleMayNameANationalPartner() {
            ((ObjectNode) files.leadRule(4).get("lead")).put("partner", "uwv");

            assertThat(files.load().nationalLeadRules().stream().filter(rule -> rule.id().equals("national-4-ww"))
                    .findFirst().orElseThrow().partnerId()).contains("uwv");
        }

        @Test
        void anUnknownTargetGroupIsRefused() {
            ((ArrayNode) files.leadRule(3).get("when").get("groups")).add("PENSIONER");

            assertLoadFails().hasMessageContaining("PENSIONER");
        }

        @Test
        void anEmptyGroupListIsRefusedSoThatAnAlwaysMatchingRuleIsWrittenAsSuch() {
            ((ArrayNode) files.leadRule(3).get("when").get("groups")).removeAll();

            assertLoadFails().hasMessageContaining("'groups' is empty");
        }

        @Test
        void aRuleWithoutConditionIsRefused() {
            files.leadRule(3).remove("when");

            assertLoadFails().hasMessageContaining("rule 'national-3-zzp' has no 'when'");
        }

        @Test
        void aTableNotEndingInAnAlwaysMatchingRuleIsRefused() {
            files.leadRules().remove(files.leadRules().size() - 1);

            assertLoadFails().hasMessageContaining("last rule 'national-8-youth' must have an empty 'when'");
        }

        @Test
        void anAlwaysMatchingRuleBeforeOthersIsRefused() {
            files.leadRule(5).set("when", json("{}"));

            assertLoadFails().hasMessageContaining("'national-5-bijstand' always matches, so the rules after it are never reached");
        }

        @Test
        void repeatedRuleIdsAreRefused() {
            files.leadRule(5).put("id", "national-4-ww");

            assertLoadFails().hasMessageContaining("lead rule id 'national-4-ww' is used more than once");
        }

        @Test
        void aRepeatedReferralRuleIsRefused() {
            ((ArrayNode) files.rules.get("referralRules")).add(json("{'group': 'DEBT', 'partnerType': 'SCHULDHULP'}"));

            assertLoadFails().hasMessageContaining("repeats DEBT → SCHULDHULP");
        }

        @ParameterizedTest
        @ValueSource(ints = {16, 35})
        void aYouthAgeLimitAtTheLimitsIsAccepted(int limit) {
            files.rules.put("youthAgeLimit", limit);

            assertThat(files.load().youthAgeLimit("AM01")).isEqualTo(limit);
        }

        @ParameterizedTest
        @ValueSource(ints = {15, 36})
        void aYouthAgeLimitOutsideTheLimitsIsRefused(int limit) {
            files.rules.put("youthAgeLimit", limit);

            assertLoadFails().hasMessageContaining("youthAgeLimit must be between 16 and 35");
        }
    }

    @Nested
    class NeedsAndReasons {

        @Test
        void everyNeedHasAPartnerTypeThatHelpsWithIt() {
            RoutingData data = files.load();

            for (nl.rmt.intake.domain.form.Need need : nl.rmt.intake.domain.form.Need.values()) {
                assertThat(java.util.Arrays.stream(nl.rmt.intake.domain.form.PartnerType.values())
                        .anyMatch(type -> data.helpsWith(type, need))).as(need.name()).isTrue();
            }
        }

        @Test
        void aNeedNoPartnerTypeHelpsWithIsRefused() {
            ((ArrayNode) files.rules.get("helpsWith").get("SCHULDHULP")).removeAll().add("WORK");

            assertLoadFails().hasMessageContaining("rules.json: helpsWith names no partner type for need DEBT_HELP");
        }

        @Test
        void aRepeatedNeedIsRefused() {
            ((ArrayNode) files.rules.get("helpsWith").get("UWV")).add("WORK");

            assertLoadFails().hasMessageContaining("rules.json: helpsWith.UWV repeats WORK");
        }

        @Test
        void missingHelpsWithIsRefused() {
            files.rules.remove("helpsWith");

            assertLoadFails().hasMessageContaining("rules.json: helpsWith is missing");
        }

        @Test
        void aRulesOwnReasonIsReadInBothLanguages() {
            files.leadRule(4).set("because", json("{'nl': 'u WW heeft', 'en': 'you have WW'}"));

            assertThat(files.load().leadRule("national-4-ww").orElseThrow().because())
                    .contains(new Wording("u WW heeft", "you have WW"));
        }

        @Test
        void aRulesOwnReasonWithoutEnglishIsRefused() {
            files.leadRule(4).set("because", json("{'nl': 'u WW heeft', 'en': ' '}"));

            assertLoadFails().hasMessageContaining("rules.json: rule 'national-4-ww': 'because' has no English text");
        }
    }

    @Nested
    class RegionOverrides {

        @Test
        void aFileNamedAfterAnotherRegionIsRefused() {
            files.override("AM26.json", "{'region': 'AM27', 'youthAgeLimit': 30}");

            assertLoadFails().hasMessage("regions/AM26.json: holds region AM27 but must be named AM27.json");
        }

        @Test
        void aRegionWithoutDeskIsRefused() {
            files.override("AM04.json", "{'region': 'AM04', 'youthAgeLimit': 30}");

            assertLoadFails().hasMessageContaining("region AM04 has no RMT desk");
        }

        @Test
        void anOverrideChangingNothingIsRefused() {
            files.override("AM05.json", "{'region': 'AM05'}");

            assertLoadFails().hasMessageContaining("overrides nothing");
        }

        @Test
        void aPrependedRuleThatAlwaysMatchesIsRefusedInFavourOfReplace() {
            files.override("AM05.json", """
                    {'region': 'AM05', 'leadRules': {'mode': 'PREPEND', 'rules': [
                      {'id': 'am05-all', 'text': 'all → UWV', 'when': {}, 'lead': {'partnerType': 'UWV'}}]}}""");

            assertLoadFails().hasMessageContaining("use mode REPLACE");
        }

        @Test
        void aReplacingTableWithoutAlwaysMatchingRuleIsRefused() {
            files.override("AM05.json", """
                    {'region': 'AM05', 'leadRules': {'mode': 'REPLACE', 'rules': [
                      {'id': 'am05-zzp', 'text': 'ZZP → UWV', 'when': {'groups': ['ZZP']}, 'lead': {'partnerType': 'UWV'}}]}}""");

            assertLoadFails().hasMessageContaining("regions/AM05.json").hasMessageContaining("must have an empty 'when'");
        }

        @Test
        void anOverrideWithoutModeIsRefused() {
            files.override("AM05.json", """
                    {'region': 'AM05', 'leadRules': {'rules': [
                      {'id': 'am05-zzp', 'text': 'ZZP → UWV', 'when': {'groups': ['ZZP']}, 'lead': {'partnerType': 'UWV'}}]}}""");

            assertLoadFails().hasMessageContaining("leadRules has no mode");
        }

        @Test
        void aRuleNamingAnotherRegionsPartnerIsRefused() {
            files.override("AM26.json", """
                    {'region': 'AM26', 'leadRules': {'mode': 'PREPEND', 'rules': [
                      {'id': 'am26-zzp', 'text': 'ZZP → project', 'when': {'groups': ['ZZP']},
                       'lead': {'partnerType': 'GEMEENTE', 'partner': 'am27-zzp-project'}}]}}""");

            assertLoadFails().hasMessageContaining("does not serve region AM26");
        }

        @Test
        void aRegionRuleReusingANationalRuleIdIsRefused() {
            files.override("AM05.json", """
                    {'region': 'AM05', 'leadRules': {'mode': 'PREPEND', 'rules': [
                      {'id': 'national-3-zzp', 'text': 'ZZP → UWV', 'when': {'groups': ['ZZP']}, 'lead': {'partnerType': 'UWV'}}]}}""");

            assertLoadFails().hasMessageContaining("'national-3-zzp' is used more than once");
        }
    }
}
