package nl.rmt.intake.domain.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A region's own way of working on top of the national rules.
 *
 * @param youthAgeLimit replaces the national limit when present
 * @param leadRules     the region's lead rules, applied according to {@code mode}; empty when the region keeps the national table
 */
public record RegionOverride(String region, OptionalInt youthAgeLimit, Mode mode, List<LeadRule> leadRules) {

    public enum Mode {
        /** The region's rules are tried first, then the national ones. */
        PREPEND,
        /** Only the region's rules apply. */
        REPLACE
    }

    public RegionOverride {
        leadRules = List.copyOf(leadRules);
    }

    public List<LeadRule> applyTo(List<LeadRule> nationalRules) {
        if (leadRules.isEmpty()) {
            return nationalRules;
        }
        if (mode == Mode.REPLACE) {
            return leadRules;
        }
        List<LeadRule> combined = new ArrayList<>(leadRules);
        combined.addAll(nationalRules);
        return List.copyOf(combined);
    }
}
