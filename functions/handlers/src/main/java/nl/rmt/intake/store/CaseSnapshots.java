package nl.rmt.intake.store;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.domain.monitoring.CaseSnapshot;
import nl.rmt.intake.domain.routing.Role;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads the counted part of a case item, as the region index projects it. */
final class CaseSnapshots {

    static final String TARGET_GROUPS = "targetGroups";
    static final String OUTCOME = "outcome";
    static final String LEAD_PARTNER_ID = "leadPartnerId";
    /** What counting needs of a case, and all it reads: every one of them is projected into gsi1. */
    static final List<String> ATTRIBUTES =
            List.of(CaseItems.STATUS, TARGET_GROUPS, OUTCOME, LEAD_PARTNER_ID, CaseItems.ASSIGNMENTS);

    private CaseSnapshots() {
    }

    static CaseSnapshot of(Map<String, AttributeValue> item) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (item.containsKey(TARGET_GROUPS)) {
            item.get(TARGET_GROUPS).l().forEach(group -> groups.add(TargetGroup.valueOf(group.s())));
        }
        Outcome outcome = item.containsKey(OUTCOME) ? Outcome.valueOf(item.get(OUTCOME).s()) : null;
        String lead = item.containsKey(LEAD_PARTNER_ID) ? item.get(LEAD_PARTNER_ID).s() : null;
        return new CaseSnapshot(groups, CaseStatus.valueOf(item.get(CaseItems.STATUS).s()), outcome, lead,
                referrals(item.get(CaseItems.ASSIGNMENTS)));
    }

    private static Set<String> referrals(AttributeValue assignments) {
        Set<String> referrals = new LinkedHashSet<>();
        if (assignments != null && assignments.hasM()) {
            assignments.m().forEach((partnerId, assignment) -> {
                AttributeValue role = assignment.m().get("role");
                if (role != null && Role.REFERRAL.name().equals(role.s())) {
                    referrals.add(partnerId);
                }
            });
        }
        return referrals;
    }
}
