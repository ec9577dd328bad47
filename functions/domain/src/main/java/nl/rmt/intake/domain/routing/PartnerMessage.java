package nl.rmt.intake.domain.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.region.LabourMarketRegion;

/**
 * What one partner receives about one case, on its own queue. The shape is a contract with the partners
 * ({@code routing/schema/partner-message.schema.json}); values are plain strings and numbers (the remarks a
 * text Jackson writes as a string) so that its JSON is the same whoever reads it.
 *
 * @param messageType              always {@link MessageType#CASE_ASSIGNED}
 * @param messageId                {@code caseId:partnerId:messageType:round}, see {@link PartnerMessageFactory#messageId};
 *                                 stable across retries so that a partner can de-duplicate
 * @param round                    1 at intake, one more at every re-route or escalation; a partner that becomes lead
 *                                 after being a referral gets a message of a later round, so it is not dropped as a
 *                                 duplicate
 * @param submittedAt              ISO-8601 instant, e.g. {@code 2026-03-02T09:15:00Z}
 * @param person                   only the person fields the partner's type may receive; fields the citizen left
 *                                 out are absent. Strings, but for the remarks: the
 *                                 {@link nl.rmt.intake.domain.form.JsonText} they were read as, which Jackson writes
 *                                 as a string without making one
 * @param contactWithinWorkingDays how soon the lead contacts the citizen; null for a referral
 * @param reorganisation           lead only, for a case that came through an employer's reorganisation: what the
 *                                 lead's type may be told of it; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerMessage(
        String schemaVersion,
        String messageType,
        String messageId,
        String caseId,
        String reference,
        LabourMarketRegion region,
        String partnerId,
        Role role,
        int round,
        List<GroupAssignment> targetGroups,
        List<Need> needs,
        SituationSummary situation,
        String submittedAt,
        Map<String, Object> person,
        Integer contactWithinWorkingDays,
        Map<String, String> reorganisation) {

    public static final String SCHEMA_VERSION = "1.1";

    public PartnerMessage {
        targetGroups = List.copyOf(targetGroups);
        needs = List.copyOf(needs);
        person = Collections.unmodifiableMap(new LinkedHashMap<>(person));
        reorganisation = reorganisation == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(reorganisation));
    }

    /**
     * The case's situation; it identifies no one, so every partner type gets it.
     *
     * @param workEndDate ISO-8601 date, or null when not given
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SituationSummary(String workStatus, String benefit, String workEndDate) {
    }
}
