package nl.rmt.intake.domain.routing;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * The rule tables, region overrides, partners and person-field allow-lists that routing runs on. They are data
 * files under {@code routing/} on the classpath, versioned with the code; loading checks them as a whole and
 * refuses inconsistent data with a {@link RoutingDataException} naming the file and entry.
 */
public final class RoutingData {

    private static volatile RoutingData defaultData;

    private final String rulesVersion;
    private final String partnersVersion;
    private final int nationalYouthAgeLimit;
    private final List<LeadRule> nationalLeadRules;
    private final List<ReferralRule> referralRules;
    private final Map<String, RegionOverride> overridesByRegion;
    private final Map<String, List<LeadRule>> leadRulesByOverriddenRegion;
    private final Partners partners;
    private final Map<PartnerType, PersonFieldAllowList> allowLists;
    private final Map<PartnerType, Set<Need>> helpsWith;

    RoutingData(String rulesVersion, String partnersVersion, int nationalYouthAgeLimit, List<LeadRule> nationalLeadRules,
            List<ReferralRule> referralRules, Map<String, RegionOverride> overridesByRegion, Partners partners,
            Map<PartnerType, PersonFieldAllowList> allowLists, Map<PartnerType, Set<Need>> helpsWith) {
        this.rulesVersion = rulesVersion;
        this.partnersVersion = partnersVersion;
        this.nationalYouthAgeLimit = nationalYouthAgeLimit;
        this.nationalLeadRules = List.copyOf(nationalLeadRules);
        this.referralRules = List.copyOf(referralRules);
        this.overridesByRegion = Map.copyOf(overridesByRegion);
        this.leadRulesByOverriddenRegion = overridesByRegion.values().stream().collect(Collectors.toUnmodifiableMap(
                RegionOverride::region, override -> override.applyTo(this.nationalLeadRules)));
        this.partners = partners;
        this.allowLists = Map.copyOf(allowLists);
        this.helpsWith = Map.copyOf(helpsWith);
    }

    /**
     * The data shipped with the code. Loaded once per process: it is immutable and a Lambda reuses it across
     * invocations.
     *
     * @throws RoutingDataException when the shipped files are inconsistent
     */
    public static RoutingData loadDefault() {
        RoutingData data = defaultData;
        if (data == null) {
            data = ClasspathRoutingData.load();
            defaultData = data;
        }
        return data;
    }

    /**
     * Reads routing data from streams, each closed after reading.
     *
     * @param regionOverridesByFileName region override files keyed by their name inside {@code regions/}, e.g.
     *                                  {@code AM27.json}
     * @throws RoutingDataException when a file is malformed or the files contradict each other
     */
    public static RoutingData load(InputStream partnersJson, InputStream partnerTypesJson, InputStream rulesJson,
            Map<String, InputStream> regionOverridesByFileName) {
        return RoutingDataReader.read(partnersJson, partnerTypesJson, rulesJson, regionOverridesByFileName);
    }

    /** Both data versions, e.g. {@code rules-2026.2+partners-2026.1}; stored with every decision. */
    public String version() {
        return "rules-" + rulesVersion + "+partners-" + partnersVersion;
    }

    /** A person is {@code YOUTH} while younger than this on the intake date. */
    public int youthAgeLimit(String regionCode) {
        RegionOverride override = overridesByRegion.get(regionCode);
        return override != null && override.youthAgeLimit().isPresent()
                ? override.youthAgeLimit().getAsInt()
                : nationalYouthAgeLimit;
    }

    /** The lead rules for a case in the region, in the order they are tried; the last one always matches. */
    public List<LeadRule> leadRules(String regionCode) {
        return leadRulesByOverriddenRegion.getOrDefault(regionCode, nationalLeadRules);
    }

    /** The national lead rules, before any region's override. */
    public List<LeadRule> nationalLeadRules() {
        return nationalLeadRules;
    }

    public List<ReferralRule> referralRules() {
        return referralRules;
    }

    public Optional<RegionOverride> override(String regionCode) {
        return Optional.ofNullable(overridesByRegion.get(regionCode));
    }

    public Partners partners() {
        return partners;
    }

    public PersonFieldAllowList allowList(PartnerType type) {
        return allowLists.get(type);
    }

    /** Whether a partner of this type helps people with this need ({@code helpsWith} in the rules). */
    public boolean helpsWith(PartnerType type, Need need) {
        return helpsWith.getOrDefault(type, Set.of()).contains(need);
    }

    /** The lead rule with this id in any table, national or a region's. */
    public Optional<LeadRule> leadRule(String ruleId) {
        return java.util.stream.Stream.concat(nationalLeadRules.stream(),
                        overridesByRegion.values().stream().flatMap(override -> override.leadRules().stream()))
                .filter(rule -> rule.id().equals(ruleId))
                .findFirst();
    }
}
