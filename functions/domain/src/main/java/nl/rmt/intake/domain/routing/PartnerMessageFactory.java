package nl.rmt.intake.domain.routing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.Situation;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.region.RegionResolution;

/** Builds the message for one recipient of a decision, with only the person fields its type is allowed. */
public final class PartnerMessageFactory {

    /** The round of the messages sent at intake. */
    public static final int FIRST_ROUND = 1;

    private final RoutingData data;

    public PartnerMessageFactory(RoutingData data) {
        this.data = data;
    }

    /** A recipient of the intake decision, in round 1. */
    public PartnerMessage build(String caseId, String reference, RoutingDecision decision, Recipient recipient,
            IntakeForm form, Instant submittedAt) {
        return build(caseId, reference, decision, recipient, form, submittedAt, FIRST_ROUND);
    }

    public PartnerMessage build(String caseId, String reference, RoutingDecision decision, Recipient recipient,
            IntakeForm form, Instant submittedAt, int round) {
        return build(caseId, reference, decision.region().caseRegion(), decision.groups(), recipient, form, submittedAt,
                round);
    }

    /** The same as the variant below, for a caller that holds the region resolution: the case region is named. */
    public PartnerMessage build(String caseId, String reference, RegionResolution region, List<GroupAssignment> groups,
            Recipient recipient, IntakeForm form, Instant submittedAt, int round) {
        return build(caseId, reference, region.caseRegion(), groups, recipient, form, submittedAt, round);
    }

    /**
     * For a lead chosen after intake (a re-route or an escalation), when there is no {@link RoutingDecision} for it:
     * the case region and target groups are the case's, stored at intake.
     *
     * @param submittedAt when the citizen submitted the form, not when this message is built
     * @param round       at least 1
     */
    public PartnerMessage build(String caseId, String reference, LabourMarketRegion caseRegion,
            List<GroupAssignment> groups, Recipient recipient, IntakeForm form, Instant submittedAt, int round) {
        requireRound(round);
        Partner partner = recipient.partner();
        return new PartnerMessage(
                PartnerMessage.SCHEMA_VERSION,
                MessageType.CASE_ASSIGNED.name(),
                messageId(caseId, partner.id(), MessageType.CASE_ASSIGNED, round),
                caseId,
                reference,
                caseRegion,
                partner.id(),
                recipient.role(),
                round,
                groups,
                sortedNeeds(form),
                situation(form.situation()),
                submittedAt.toString(),
                person(form, data.allowList(partner.type())),
                recipient.role() == Role.LEAD ? partner.contactWithinWorkingDays() : null,
                recipient.role() == Role.LEAD ? reorganisation(form, data.allowList(partner.type())) : null);
    }

    /**
     * The same for every delivery of one message, and different for every message a partner should act on: a new
     * round or another type is a new message, also for a partner that already had the case.
     */
    public static String messageId(String caseId, String partnerId, MessageType type, int round) {
        requireRound(round);
        return caseId + ":" + partnerId + ":" + type.name() + ":" + round;
    }

    /** The id of the intake's message to a partner: {@code CASE_ASSIGNED} in round 1. */
    public static String messageId(String caseId, String partnerId) {
        return messageId(caseId, partnerId, MessageType.CASE_ASSIGNED, FIRST_ROUND);
    }

    static void requireRound(int round) {
        if (round < FIRST_ROUND) {
            throw new IllegalArgumentException("round must be at least " + FIRST_ROUND + ", is " + round);
        }
    }

    private static PartnerMessage.SituationSummary situation(Situation situation) {
        return new PartnerMessage.SituationSummary(
                situation.workStatus().name(),
                situation.benefit().name(),
                situation.workEndDate() == null ? null : situation.workEndDate().toString());
    }

    /** The reorganisation fields the lead's type may see, in a fixed order; null without a reorganisation or fields. */
    private static Map<String, String> reorganisation(IntakeForm form, PersonFieldAllowList allowList) {
        if (form.reorganisation() == null || allowList.reorganisationFields().isEmpty()) {
            return null;
        }
        Map<String, String> context = new LinkedHashMap<>();
        for (ReorganisationField field : ReorganisationField.values()) {
            if (allowList.reorganisationFields().contains(field)) {
                context.put(field.jsonName(), field.valueIn(form.reorganisation()));
            }
        }
        return context;
    }

    private static Map<String, Object> person(IntakeForm form, PersonFieldAllowList allowList) {
        Map<String, Object> person = new LinkedHashMap<>();
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
