package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.DataChecks.require;
import static nl.rmt.intake.domain.routing.DataChecks.requirePresent;
import static nl.rmt.intake.domain.routing.DataChecks.requireText;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.RoutingFiles.PartnerTypesFile;
import nl.rmt.intake.domain.routing.RoutingFiles.PartnersFile;
import nl.rmt.intake.domain.routing.RoutingFiles.ReferralRuleEntry;
import nl.rmt.intake.domain.routing.RoutingFiles.RegionOverrideFile;
import nl.rmt.intake.domain.routing.RoutingFiles.RulesFile;

/** Reads and cross-checks all routing data files; the checks that span files live here. */
final class RoutingDataReader {

    static final String RULES_FILE = "rules.json";

    private RoutingDataReader() {
    }

    static RoutingData read(InputStream partnersJson, InputStream partnerTypesJson, InputStream rulesJson,
            Map<String, InputStream> regionOverridesByFileName) {
        PartnersFile partnersFile = RoutingJson.parse(partnersJson, PartnersFile.class, PartnersReader.FILE);
        Partners partners = PartnersReader.read(partnersFile);
        var allowLists = PersonFieldAllowListReader.read(
                RoutingJson.parse(partnerTypesJson, PartnerTypesFile.class, PersonFieldAllowListReader.FILE));

        RulesFile rules = RoutingJson.parse(rulesJson, RulesFile.class, RULES_FILE);
        String rulesVersion = requireText(rules.version(), RULES_FILE + ": version is missing");
        int youthAgeLimit = DataChecks.requireYouthAgeLimit(rules.youthAgeLimit(), RULES_FILE);
        require(rules.leadRules() != null && !rules.leadRules().isEmpty(), RULES_FILE + ": leadRules is missing or empty");
        LeadRuleReader ruleReader = new LeadRuleReader(partners);
        List<LeadRule> nationalRules = ruleReader.read(rules.leadRules(), LeadRule.NATIONAL, RULES_FILE);
        LeadRuleReader.requireCatchAllOnlyAtEnd(nationalRules, true, RULES_FILE);
        List<ReferralRule> referralRules = referralRules(requirePresent(rules.referralRules(),
                RULES_FILE + ": referralRules is missing"));
        Map<PartnerType, Set<Need>> helpsWith = helpsWith(requirePresent(rules.helpsWith(),
                RULES_FILE + ": helpsWith is missing"));

        Map<String, RegionOverride> overrides = new TreeMap<>();
        for (var file : new TreeMap<>(regionOverridesByFileName).entrySet()) {
            String where = RegionOverrideReader.DIRECTORY + file.getKey();
            RegionOverride override = RegionOverrideReader.read(
                    RoutingJson.parse(file.getValue(), RegionOverrideFile.class, where), file.getKey(), ruleReader, partners);
            require(overrides.put(override.region(), override) == null, where + ": region " + override.region()
                    + " is overridden twice");
        }

        List<LeadRule> everyRule = new ArrayList<>(nationalRules);
        overrides.values().forEach(override -> everyRule.addAll(override.leadRules()));
        requireUniqueRuleIds(everyRule);
        requireNamedOnlyPartnersNamed(partners, everyRule);
        return new RoutingData(rulesVersion, partnersFile.version(), youthAgeLimit, nationalRules, referralRules,
                overrides, partners, allowLists, helpsWith);
    }

    /** Which needs each partner type helps with; every need must have at least one type, or nobody could meet it. */
    private static Map<PartnerType, Set<Need>> helpsWith(Map<PartnerType, List<Need>> entries) {
        Map<PartnerType, Set<Need>> helpsWith = new EnumMap<>(PartnerType.class);
        Set<Need> covered = EnumSet.noneOf(Need.class);
        entries.forEach((type, needs) -> {
            String at = RULES_FILE + ": helpsWith." + requirePresent(type, RULES_FILE + ": helpsWith names no partner type");
            require(needs != null && !needs.isEmpty(), at + " is empty; leave the type out instead");
            Set<Need> distinct = EnumSet.noneOf(Need.class);
            for (Need need : needs) {
                require(distinct.add(requirePresent(need, at + " holds an empty entry")), at + " repeats " + need);
            }
            covered.addAll(distinct);
            helpsWith.put(type, Set.copyOf(distinct));
        });
        for (Need need : Need.values()) {
            require(covered.contains(need), RULES_FILE + ": helpsWith names no partner type for need " + need);
        }
        return helpsWith;
    }

    private static List<ReferralRule> referralRules(List<ReferralRuleEntry> entries) {
        List<ReferralRule> referralRules = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ReferralRuleEntry entry = requirePresent(entries.get(i), RULES_FILE + ": referralRules[" + i + "] is empty");
            String at = RULES_FILE + ": referralRules[" + i + "]";
            ReferralRule rule = new ReferralRule(requirePresent(entry.group(), at + " has no group"),
                    requirePresent(entry.partnerType(), at + " has no partnerType"));
            require(!referralRules.contains(rule), at + " repeats " + rule.group() + " → " + rule.partnerType());
            referralRules.add(rule);
        }
        return List.copyOf(referralRules);
    }

    /** Explanations and stored decisions name rules by id, so an id must point at one rule. */
    private static void requireUniqueRuleIds(List<LeadRule> rules) {
        Set<String> ids = new HashSet<>();
        for (LeadRule rule : rules) {
            require(ids.add(rule.id()), "lead rule id '" + rule.id() + "' is used more than once (last in "
                    + (LeadRule.NATIONAL.equals(rule.source()) ? RULES_FILE : RegionOverrideReader.DIRECTORY
                    + rule.source() + ".json") + ")");
        }
    }

    private static void requireNamedOnlyPartnersNamed(Partners partners, List<LeadRule> rules) {
        for (Partner partner : partners.all()) {
            if (partners.isOnlyWhenNamedByRule(partner.id())) {
                require(rules.stream().anyMatch(rule -> rule.partnerId().filter(partner.id()::equals).isPresent()),
                        PartnersReader.FILE + ": partner '" + partner.id()
                                + "' is onlyWhenNamedByRule but no lead rule names it, so it would never get a case");
            }
        }
    }
}
