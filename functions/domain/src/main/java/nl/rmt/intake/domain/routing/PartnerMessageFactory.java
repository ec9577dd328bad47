package nl.rmt.intake.domain.routing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.Situation;

/** Builds the message for one recipient of a decision, with only the person fields its type is allowed. */
public final class PartnerMessageFactory {

    private final RoutingData data;

    public PartnerMessageFactory(RoutingData data) {
        this.data = data;
    }

    public PartnerMessage build(String caseId, String reference, RoutingDecision decision, Recipient recipient,
            IntakeForm form, Instant submittedAt) {
        Partner partner = recipient.partner();
        return new PartnerMessage(
                PartnerMessage.SCHEMA_VERSION,
                messageId(caseId, partner.id()),
                caseId,
                reference,
                decision.region().caseRegion(),
                partner.id(),
                recipient.role(),
                decision.groups(),
                sortedNeeds(form),
                situation(form.situation()),
                submittedAt.toString(),
                person(form, data.allowList(partner.type())),
                recipient.role() == Role.LEAD ? partner.contactWithinWorkingDays() : null);
    }

    public static String messageId(String caseId, String partnerId) {
        return caseId + ":" + partnerId;
    }

    private static PartnerMessage.SituationSummary situation(Situation situation) {
        return new PartnerMessage.SituationSummary(
                situation.workStatus().name(),
                situation.benefit().name(),
                situation.workEndDate() == null ? null : situation.workEndDate().toString());
    }

    private static Map<String, String> person(IntakeForm form, PersonFieldAllowList allowList) {
        Map<String, String> person = new LinkedHashMap<>();
        for (PersonField field : PersonField.values()) {
            if (allowList.allows(field)) {
                field.valueIn(form).ifPresent(value -> person.put(field.jsonName(), value));
            }
        }
        return person;
    }

    /** The needs in a stable order, so that the same case always gives the same message. */
    private static List<Need> sortedNeeds(IntakeForm form) {
        return form.needs().stream().sorted().toList();
    }
}
