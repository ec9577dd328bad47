package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.DataChecks.require;
import static nl.rmt.intake.domain.routing.DataChecks.requirePresent;
import static nl.rmt.intake.domain.routing.DataChecks.requireText;

import java.util.List;
import java.util.OptionalInt;
import nl.rmt.intake.domain.routing.RoutingFiles.LeadRulesOverrideEntry;
import nl.rmt.intake.domain.routing.RoutingFiles.RegionOverrideFile;

/** Turns one {@code regions/AMxx.json} into a {@link RegionOverride}. */
final class RegionOverrideReader {

    static final String DIRECTORY = "regions/";

    private RegionOverrideReader() {
    }

    /** @param fileName the file's name inside {@code regions/}, which must be the region code plus {@code .json} */
    static RegionOverride read(RegionOverrideFile file, String fileName, LeadRuleReader ruleReader, Partners partners) {
        String where = DIRECTORY + fileName;
        String region = requireText(file.region(), where + ": region is missing");
        require(DataChecks.REGION_CODE.matcher(region).matches(), where + ": region '" + region + "' is not a code like AM27");
        require(fileName.equals(region + ".json"), where + ": holds region " + region + " but must be named " + region + ".json");
        require(partners.deskRegions().contains(region), where + ": region " + region + " has no RMT desk in "
                + PartnersReader.FILE);
        require(file.youthAgeLimit() != null || file.leadRules() != null,
                where + ": overrides nothing; give youthAgeLimit, leadRules or both");
        OptionalInt youthAgeLimit = file.youthAgeLimit() == null
                ? OptionalInt.empty()
                : OptionalInt.of(DataChecks.requireYouthAgeLimit(file.youthAgeLimit(), where));
        LeadRulesOverrideEntry leadRules = file.leadRules();
        if (leadRules == null) {
            return new RegionOverride(region, youthAgeLimit, RegionOverride.Mode.PREPEND, List.of());
        }
        RegionOverride.Mode mode = requirePresent(leadRules.mode(), where + ": leadRules has no mode (PREPEND or REPLACE)");
        require(leadRules.rules() != null && !leadRules.rules().isEmpty(), where + ": leadRules has no rules");
        List<LeadRule> rules = ruleReader.read(leadRules.rules(), region, where);
        LeadRuleReader.requireCatchAllOnlyAtEnd(rules, mode == RegionOverride.Mode.REPLACE, where);
        return new RegionOverride(region, youthAgeLimit, mode, rules);
    }
}
