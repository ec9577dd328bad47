package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.DataChecks.require;
import static nl.rmt.intake.domain.routing.DataChecks.requirePresent;
import static nl.rmt.intake.domain.routing.DataChecks.requireText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.routing.RoutingFiles.ConditionEntry;
import nl.rmt.intake.domain.routing.RoutingFiles.LeadRuleEntry;

/**
 * Turns lead rule entries into {@link LeadRule}s, checking that every named partner exists, has the rule's type and
 * serves the cases the rule sees.
 */
final class LeadRuleReader {

    private final Partners partners;

    LeadRuleReader(Partners partners) {
        this.partners = partners;
    }

    /** @param source {@link LeadRule#NATIONAL} or the overriding region's code */
    List<LeadRule> read(List<LeadRuleEntry> entries, String source, String fileName) {
        List<LeadRule> rules = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LeadRuleEntry entry = requirePresent(entries.get(i), fileName + ": lead rule [" + i + "] is empty");
            rules.add(rule(entry, source, fileName, i));
        }
        return List.copyOf(rules);
    }

    /**
     * An always-matching rule hides every rule after it, and a table without one can leave a case without a lead.
     *
     * @param mustEndWithCatchAll false for a table that is tried before another one (a PREPEND override)
     */
    static void requireCatchAllOnlyAtEnd(List<LeadRule> table, boolean mustEndWithCatchAll, String fileName) {
        for (int i = 0; i < table.size() - 1; i++) {
            require(!table.get(i).when().isAlways(), fileName + ": rule '" + table.get(i).id()
                    + "' always matches, so the rules after it are never reached");
        }
        LeadRule last = table.get(table.size() - 1);
        if (mustEndWithCatchAll) {
            require(last.when().isAlways(), fileName + ": the last rule '" + last.id()
                    + "' must have an empty 'when' so that every case gets a lead");
        } else {
            require(!last.when().isAlways(), fileName + ": rule '" + last.id()
                    + "' always matches and would hide every national rule; use mode REPLACE instead");
        }
    }

    private LeadRule rule(LeadRuleEntry entry, String source, String fileName, int index) {
        String id = requireText(entry.id(), fileName + ": lead rule [" + index + "] has no id");
        require(DataChecks.ID.matcher(id).matches(),
                fileName + ": rule id '" + id + "' must be lowercase letters, digits and dashes");
        String at = fileName + ": rule '" + id + "'";
        String text = requireText(entry.text(), at + " has no text");
        RuleCondition when = condition(requirePresent(entry.when(), at + " has no 'when' (use {} to always match)"), at);
        requirePresent(entry.lead(), at + " has no lead");
        requirePresent(entry.lead().partnerType(), at + " has no lead partnerType");
        Optional<String> partnerId = Optional.ofNullable(entry.lead().partner());
        partnerId.ifPresent(named -> requireUsableNamedPartner(named, entry, source, at));
        Optional<Wording> because = Optional.ofNullable(entry.because()).map(wording -> new Wording(
                requireText(wording.nl(), at + ": 'because' has no Dutch text"),
                requireText(wording.en(), at + ": 'because' has no English text")));
        return new LeadRule(id, source, text, when, entry.lead().partnerType(), partnerId, because);
    }

    private void requireUsableNamedPartner(String partnerId, LeadRuleEntry entry, String source, String at) {
        Partner partner = partners.byId(partnerId)
                .orElseThrow(() -> new RoutingDataException(at + " names unknown partner '" + partnerId + "'"));
        require(partner.type() == entry.lead().partnerType(), at + " asks for type " + entry.lead().partnerType()
                + " but names partner '" + partnerId + "' of type " + partner.type());
        boolean national = LeadRule.NATIONAL.equals(source);
        require(national ? partner.isNational() : Partners.serves(partner, source), at + " names partner '" + partnerId
                + "', which does not serve " + (national ? "every region" : "region " + source));
    }

    private static RuleCondition condition(ConditionEntry entry, String at) {
        require(entry.groups() == null || !entry.groups().isEmpty(), at + ": 'groups' is empty; leave it out instead");
        require(entry.benefit() == null || !entry.benefit().isEmpty(), at + ": 'benefit' is empty; leave it out instead");
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (TargetGroup group : DataChecks.orEmpty(entry.groups())) {
            groups.add(requirePresent(group, at + ": 'groups' holds an empty entry"));
        }
        Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        for (Benefit benefit : DataChecks.orEmpty(entry.benefit())) {
            benefits.add(requirePresent(benefit, at + ": 'benefit' holds an empty entry"));
        }
        return new RuleCondition(groups, benefits, Optional.ofNullable(entry.hasBasicQualification()),
                Optional.ofNullable(entry.reorganisation()));
    }
}
