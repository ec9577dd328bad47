package nl.rmt.intake.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.form.Language;

/**
 * A stored case as the lifecycle needs it.
 *
 * @param version     incremented by every change; changes are conditional on it
 * @param round       1 at intake, one more at every re-route or escalation
 * @param assignments by partner id
 * @param rejectedBy  partners that handed the case back as lead, never asked again by the rules
 * @param form        the intake as submitted, or null once personal data is erased
 * @param withdrawalCodeHash SHA-256 of the code in the confirmation email, or null before it was sent
 * @param confirmationSent   whether the confirmation email went out
 * @param help        per need the citizen ticked, who helps with it, as decided at intake; empty for a case stored
 *                    before this was recorded
 */
public record CaseRecord(
        String caseId,
        String reference,
        CaseStatus status,
        long version,
        int round,
        String region,
        String deskRegion,
        String leadPartnerId,
        Instant submittedAt,
        Map<String, AssignmentState> assignments,
        Set<String> rejectedBy,
        IntakeForm form,
        List<GroupAssignment> groups,
        Language language,
        String withdrawalCodeHash,
        boolean confirmationSent,
        List<Help> help) {

    /**
     * Who helps with one need: the lead (whoever leads now), a referral partner, or nobody.
     *
     * @param role               {@code LEAD}, {@code REFERRAL}, or null when nobody helps
     * @param consentWithheldFor when nobody helps: the kind of organisation that would have, had the citizen agreed
     */
    public record Help(Need need, Role role, String partnerId, PartnerType consentWithheldFor) {
    }

    public CaseRecord {
        help = List.copyOf(help);
        assignments = Map.copyOf(assignments);
        rejectedBy = Set.copyOf(rejectedBy);
        groups = List.copyOf(groups);
    }

    public Optional<AssignmentState> assignmentOf(String partnerId) {
        return Optional.ofNullable(assignments.get(partnerId));
    }

    public boolean isErased() {
        return form == null;
    }
}
