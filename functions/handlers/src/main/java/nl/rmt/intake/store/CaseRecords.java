package nl.rmt.intake.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.application.AssignmentState;
import nl.rmt.intake.application.CaseRecord;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Consent;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.JsonText;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.PersonalDetails;
import nl.rmt.intake.domain.form.Situation;
import nl.rmt.intake.domain.form.WorkStatus;
import nl.rmt.intake.domain.reorganisation.ReorganisationContext;
import nl.rmt.intake.domain.routing.Role;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads a stored case item back into a {@link CaseRecord}: the inverse of {@link CaseItems#caseItem}. */
final class CaseRecords {

    private CaseRecords() {
    }

    static CaseRecord of(Map<String, AttributeValue> item) {
        return new CaseRecord(
                item.get("caseId").s(),
                item.get("reference").s(),
                CaseStatus.valueOf(item.get(CaseItems.STATUS).s()),
                Long.parseLong(item.get("version").n()),
                item.containsKey(CaseItems.ROUND) ? Integer.parseInt(item.get(CaseItems.ROUND).n()) : 1,
                item.get("region").s(),
                item.get("deskRegion").s(),
                item.get("leadPartnerId").s(),
                Instant.parse(item.get("submittedAt").s()),
                assignments(item),
                item.containsKey("rejectedBy") ? Set.copyOf(item.get("rejectedBy").ss()) : Set.of(),
                item.containsKey(CaseItems.PERSON) ? form(item) : null,
                groups(item),
                Language.fromCode(item.get("language").s()).orElse(Language.NL),
                text(item.get("withdrawalCodeHash")),
                confirmationSent(item.get(CaseItems.CONFIRMATION)),
                help(item));
    }

    /** Who helps with each need, as decided at intake (the decision's {@code help}). */
    private static List<CaseRecord.Help> help(Map<String, AttributeValue> item) {
        List<CaseRecord.Help> help = new ArrayList<>();
        AttributeValue decision = item.get("decision");
        if (decision != null && decision.m().containsKey("help")) {
            for (AttributeValue entry : decision.m().get("help").l()) {
                Map<String, AttributeValue> fields = entry.m();
                help.add(new CaseRecord.Help(
                        Need.valueOf(fields.get("need").s()),
                        fields.containsKey("role") ? Role.valueOf(fields.get("role").s()) : null,
                        text(fields.get("partnerId")),
                        fields.containsKey("consentWithheldFor")
                                ? PartnerType.valueOf(fields.get("consentWithheldFor").s()) : null));
            }
        }
        return help;
    }

    private static Map<String, AssignmentState> assignments(Map<String, AttributeValue> item) {
        Map<String, AssignmentState> assignments = new LinkedHashMap<>();
        if (item.containsKey(CaseItems.ASSIGNMENTS)) {
            item.get(CaseItems.ASSIGNMENTS).m().forEach((partnerId, value) -> {
                Map<String, AttributeValue> fields = value.m();
                assignments.put(partnerId, new AssignmentState(
                        partnerId,
                        Role.valueOf(fields.get("role").s()),
                        CaseStatus.valueOf(fields.get(CaseItems.STATUS).s()),
                        Integer.parseInt(fields.get(CaseItems.ROUND).n())));
            });
        }
        return assignments;
    }

    /** The target groups with their reasons as decided at intake; they do not change when the lead does. */
    private static List<GroupAssignment> groups(Map<String, AttributeValue> item) {
        List<GroupAssignment> groups = new ArrayList<>();
        AttributeValue decision = item.get("decision");
        if (decision != null && decision.m().containsKey("targetGroups")) {
            for (AttributeValue group : decision.m().get("targetGroups").l()) {
                groups.add(new GroupAssignment(
                        TargetGroup.valueOf(group.m().get("group").s()), group.m().get("reason").s()));
            }
        }
        return groups;
    }

    private static IntakeForm form(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> person = item.get(CaseItems.PERSON).m();
        Map<String, AttributeValue> situation = item.get("situation").m();
        Map<String, AttributeValue> consent = item.get("consent").m();
        Set<Need> needs = EnumSet.noneOf(Need.class);
        item.get("needs").l().forEach(need -> needs.add(Need.valueOf(need.s())));
        Set<PartnerType> allowed = EnumSet.noneOf(PartnerType.class);
        AttributeValue sharing = consent.get("sharingAllowedWith");
        if (sharing != null && sharing.l() != null) {
            sharing.l().forEach(type -> allowed.add(PartnerType.valueOf(type.s())));
        }
        return new IntakeForm(
                new PersonalDetails(
                        text(person.get("givenName")),
                        text(person.get("familyName")),
                        text(person.get("email")),
                        text(person.get("phone")),
                        LocalDate.parse(person.get("dateOfBirth").s()),
                        text(person.get("postcode")),
                        text(person.get("homeMunicipality")),
                        Language.fromCode(person.get("language").s()).orElse(Language.NL)),
                new Situation(
                        WorkStatus.valueOf(situation.get("workStatus").s()),
                        situation.containsKey("workEndDate") && situation.get("workEndDate").s() != null
                                ? LocalDate.parse(situation.get("workEndDate").s())
                                : null,
                        Benefit.valueOf(situation.get("benefit").s()),
                        bool(situation.get("inBanenafspraakRegister")),
                        bool(situation.get("hasBasicQualification")),
                        bool(situation.get("statusHolder"))),
                needs,
                new Consent(bool(consent.get("privacyStatementAccepted")), allowed),
                JsonText.of(text(item.get("remarks"))),
                reorganisation(item.get("reorganisation")));
    }

    /** A later routing round follows the reorganisation's rule as the first one did. */
    private static ReorganisationContext reorganisation(AttributeValue stored) {
        if (stored == null || !stored.hasM()) {
            return null;
        }
        Map<String, AttributeValue> context = stored.m();
        return new ReorganisationContext(context.get("reorganisationId").s(), context.get("employerName").s(),
                context.get("kvkNumber").s(), context.get("sector").s(),
                LocalDate.parse(context.get("expectedNoticeDate").s()));
    }

    private static boolean confirmationSent(AttributeValue confirmation) {
        return confirmation != null && "SENT".equals(confirmation.m().get(CaseItems.STATUS).s());
    }

    private static String text(AttributeValue value) {
        return value == null ? null : value.s();
    }

    private static boolean bool(AttributeValue value) {
        return value != null && Boolean.TRUE.equals(value.bool());
    }
}
