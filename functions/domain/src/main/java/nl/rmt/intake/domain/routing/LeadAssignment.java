package nl.rmt.intake.domain.routing;

import nl.rmt.intake.domain.form.PartnerType;

/**
 * How the lead was chosen.
 *
 * @param ruleId        the id of the rule that matched, e.g. {@code national-4-ww}
 * @param ruleSource    {@code national} or the region code whose override matched
 * @param ruleText      the rule in words, e.g. "benefit WW → UWV"
 * @param requestedType the partner type the rule asked for
 * @param partner       the partner that leads
 * @param fallbacks     each step that moved the lead away from what the rule asked, in words
 *                      (e.g. "no consent for UWV: lead is the RMT desk"), empty when none
 */
public record LeadAssignment(
        String ruleId,
        String ruleSource,
        String ruleText,
        PartnerType requestedType,
        Partner partner,
        java.util.List<String> fallbacks) {

    public LeadAssignment {
        fallbacks = java.util.List.copyOf(fallbacks);
    }
}
