package nl.rmt.intake.domain.routing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * The shapes of the routing data files exactly as written, before any checks. The JSON Schemas in
 * {@code routing/schema/} describe the same shapes for editors and reviewers.
 */
final class RoutingFiles {

    private RoutingFiles() {
    }

    @JsonIgnoreProperties("$schema")
    record PartnersFile(String version, List<PartnerEntry> partners) {
    }

    record PartnerEntry(
            String id,
            PartnerType type,
            DisplayName displayName,
            String queue,
            List<String> regions,
            Integer contactWithinWorkingDays,
            Boolean onlyWhenNamedByRule) {
    }

    record DisplayName(String nl, String en) {
    }

    @JsonIgnoreProperties("$schema")
    record PartnerTypesFile(Map<PartnerType, AllowListEntry> types) {
    }

    record AllowListEntry(String why, List<String> personFields, List<String> reorganisationFields) {
    }

    @JsonIgnoreProperties("$schema")
    record RulesFile(String version, Integer youthAgeLimit, List<LeadRuleEntry> leadRules, List<ReferralRuleEntry> referralRules,
            Map<PartnerType, List<Need>> helpsWith) {
    }

    record LeadRuleEntry(String id, String text, ConditionEntry when, LeadEntry lead, TextEntry because) {
    }

    /** A sentence part in both languages, e.g. a rule's own reason where its condition cannot be put in words. */
    record TextEntry(String nl, String en) {
    }

    record ConditionEntry(List<TargetGroup> groups, List<Benefit> benefit, Boolean hasBasicQualification,
            Boolean reorganisation) {
    }

    record LeadEntry(PartnerType partnerType, String partner) {
    }

    record ReferralRuleEntry(TargetGroup group, PartnerType partnerType) {
    }

    @JsonIgnoreProperties("$schema")
    record RegionOverrideFile(String region, Integer youthAgeLimit, LeadRulesOverrideEntry leadRules) {
    }

    record LeadRulesOverrideEntry(RegionOverride.Mode mode, List<LeadRuleEntry> rules) {
    }

    @JsonIgnoreProperties("$schema")
    record RegionIndexFile(List<String> files) {
    }
}
