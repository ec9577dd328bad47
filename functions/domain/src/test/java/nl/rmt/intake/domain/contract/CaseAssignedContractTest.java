package nl.rmt.intake.domain.contract;

import static nl.rmt.intake.domain.contract.Contract.problems;
import static nl.rmt.intake.domain.contract.PartnerTypeSchemas.fileName;
import static nl.rmt.intake.domain.contract.SampleCases.CASE_ID;
import static nl.rmt.intake.domain.contract.SampleCases.REFERENCE;
import static nl.rmt.intake.domain.contract.SampleCases.SUBMITTED_AT;
import static nl.rmt.intake.domain.contract.SampleCases.TRIAGE;
import static nl.rmt.intake.domain.contract.SampleCases.assigned;
import static nl.rmt.intake.domain.contract.SampleCases.copy;
import static nl.rmt.intake.domain.contract.SampleCases.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.PartnerMessage;
import nl.rmt.intake.domain.routing.PersonField;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.routing.RoutingDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the message factory really sends is what the published CASE_ASSIGNED schemas describe, type by type. */
class CaseAssignedContractTest {

    private static final String GENERIC = "case-assigned.schema.json";
    private static final String ANY_MESSAGE = "partner-message.schema.json";

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void aLeadMessageForEachPartnerTypeFollowsItsTypesSchemaTheGenericOneAndTheQueueSchema(PartnerType type) {
        ObjectNode message = json(assigned(type, Role.LEAD));

        assertThat(problems(fileName(type.name()), message)).isEmpty();
        assertThat(problems(GENERIC, message)).isEmpty();
        assertThat(problems(ANY_MESSAGE, message)).isEmpty();
        assertThat(message.get("contactWithinWorkingDays").asInt()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void aReferralMessageForEachPartnerTypeFollowsItsTypesSchemaTheGenericOneAndTheQueueSchema(PartnerType type) {
        ObjectNode message = json(assigned(type, Role.REFERRAL));

        assertThat(problems(fileName(type.name()), message)).isEmpty();
        assertThat(problems(GENERIC, message)).isEmpty();
        assertThat(problems(ANY_MESSAGE, message)).isEmpty();
        assertThat(message.has("contactWithinWorkingDays")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void theSampleShowsEveryFieldTheTypeMaySeeSoThatTheSchemaIsCheckedAgainstEachOfThem(PartnerType type) {
        JsonNode person = json(assigned(type, Role.LEAD)).get("person");

        List<String> names = new ArrayList<>();
        person.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrderElementsOf(allowed(type));
    }

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void failsWhenAMessageCarriesAFieldItsPartnerTypeMayNotSee(PartnerType type) {
        ObjectNode valid = json(assigned(type, Role.REFERRAL));
        List<String> forbidden = Arrays.stream(PersonField.values()).map(PersonField::jsonName)
                .filter(field -> !allowed(type).contains(field)).toList();

        for (String field : forbidden) {
            ObjectNode leaking = copy(valid);
            ((ObjectNode) leaking.get("person")).put(field, sampleValue(field));

            assertThat(problems(fileName(type.name()), leaking)).as("%s with %s", type, field).isNotEmpty();
            // The generic schema knows the field, so it is the type's allow-list that refuses it.
            assertThat(problems(GENERIC, leaking)).as("%s with %s", type, field).isEmpty();
        }
        ObjectNode withBsn = copy(valid);
        ((ObjectNode) withBsn.get("person")).put("bsn", "111222333");
        assertThat(problems(fileName(type.name()), withBsn)).isNotEmpty();
        assertThat(problems(GENERIC, withBsn)).isNotEmpty();
    }

    @Test
    void everyTypeExceptTheDeskHasAFieldItMayNotSeeSoTheAllowListTestsBite() {
        for (PartnerType type : PartnerType.values()) {
            if (type != PartnerType.RMT) {
                assertThat(allowed(type)).as("%s", type).hasSizeLessThan(PersonField.values().length);
            }
        }
    }

    @Test
    void aMessageWithoutTheFieldsTheCitizenLeftOutStillFollowsEveryTypesSchema() {
        IntakeForm sparse = SampleCases.form(SampleCases.SPARSE);
        RoutingDecision decision = SampleCases.decision(sparse);

        for (PartnerType type : PartnerType.values()) {
            ObjectNode message = json(TRIAGE.messageFactory().build(CASE_ID, REFERENCE, decision,
                    new Recipient(SampleCases.partnerOfType(type), Role.REFERRAL, List.of()), sparse, SUBMITTED_AT));

            assertThat(message.get("person").has("phone")).isFalse();
            assertThat(problems(fileName(type.name()), message)).as("%s", type).isEmpty();
        }
    }

    @Test
    void everyRecipientOfARealDecisionGetsAMessageThatFollowsItsTypesSchema() {
        IntakeForm form = SampleCases.form(SampleCases.COMPLETE);
        RoutingDecision decision = SampleCases.decision(form);

        assertThat(decision.recipients()).hasSizeGreaterThan(1);
        for (Recipient recipient : decision.recipients()) {
            ObjectNode message = json(TRIAGE.messageFactory().build(CASE_ID, REFERENCE, decision, recipient, form,
                    SUBMITTED_AT));

            assertThat(problems(fileName(recipient.partner().type().name()), message))
                    .as(recipient.partner().id()).isEmpty();
            assertThat(problems(ANY_MESSAGE, message)).as(recipient.partner().id()).isEmpty();
        }
    }

    @Test
    void aNewLeadsMessageInALaterRoundFollowsTheSchemaAndIsANewMessageId() {
        IntakeForm form = SampleCases.form(SampleCases.COMPLETE);
        RoutingDecision decision = SampleCases.decision(form);
        Recipient desk = new Recipient(SampleCases.partnerOfType(PartnerType.RMT), Role.LEAD, List.of());

        PartnerMessage first = TRIAGE.messageFactory().build(CASE_ID, REFERENCE, decision, desk, form, SUBMITTED_AT);
        PartnerMessage later = TRIAGE.messageFactory().build(CASE_ID, REFERENCE, decision.region().caseRegion(),
                decision.groups(), desk, form, SUBMITTED_AT, 3);

        assertThat(problems(fileName("RMT"), json(later))).isEmpty();
        assertThat(later.round()).isEqualTo(3);
        assertThat(later.messageId()).isEqualTo(CASE_ID + ":rmt-am18:CASE_ASSIGNED:3").isNotEqualTo(first.messageId());
    }

    @Test
    void theMessageIdIsCaseIdPartnerIdMessageTypeAndRoundAsTheContractSays() {
        PartnerMessage message = assigned(PartnerType.UWV, Role.LEAD);

        assertThat(message.messageId()).isEqualTo(String.join(":", message.caseId(), message.partnerId(),
                message.messageType(), String.valueOf(message.round())));
        assertThat(message.messageType()).isEqualTo("CASE_ASSIGNED");
        assertThat(message.round()).isEqualTo(1);
    }

    @Test
    void theSchemaRefusesALeadWithoutAContactPromiseAndAReferralWithOne() {
        ObjectNode lead = json(assigned(PartnerType.GEMEENTE, Role.LEAD));
        lead.remove("contactWithinWorkingDays");
        ObjectNode referral = json(assigned(PartnerType.GEMEENTE, Role.REFERRAL));
        referral.put("contactWithinWorkingDays", 5);

        assertThat(problems(GENERIC, lead)).isNotEmpty();
        assertThat(problems(GENERIC, referral)).isNotEmpty();
    }

    @Test
    void aCaseIdThatAProofOfWorkFixedAVersion8UuidFollowsTheSchemas() {
        String fixedByAChallenge = "9cd27a2e-5ba7-862f-b2db-53bc4ef51601";
        ObjectNode message = json(assigned(PartnerType.UWV, Role.LEAD));
        message.put("caseId", fixedByAChallenge);
        message.put("messageId", message.get("messageId").asText().replace(CASE_ID, fixedByAChallenge));

        assertThat(problems(fileName("UWV"), message)).isEmpty();
        assertThat(problems(GENERIC, message)).isEmpty();
        assertThat(problems(ANY_MESSAGE, message)).isEmpty();
    }

    @Test
    void theSchemaRefusesAMessageIdThatDoesNotNameTheMessageTypeAndRound() {
        ObjectNode message = json(assigned(PartnerType.UWV, Role.LEAD));
        message.put("messageId", CASE_ID + ":uwv");

        assertThat(problems(GENERIC, message)).isNotEmpty();
    }

    @Test
    void aTypesSchemaAlsoHoldsTheMessageToTheGenericRules() {
        ObjectNode message = json(assigned(PartnerType.UWV, Role.LEAD));
        message.remove("caseId");

        assertThat(problems(fileName("UWV"), message)).isNotEmpty();
    }

    @Test
    void theSchemaRefusesAnEmptyPersonFieldBecauseAnOmittedFieldIsAbsent() {
        ObjectNode message = json(assigned(PartnerType.VAKBOND, Role.LEAD));
        ((ObjectNode) message.get("person")).put("phone", "");

        assertThat(problems(fileName("VAKBOND"), message)).isNotEmpty();
    }

    @Test
    void theSchemaRefusesAFieldOutsideTheMessage() {
        ObjectNode message = json(assigned(PartnerType.RMT, Role.LEAD));
        message.put("remarks", "outside the person object");

        assertThat(problems(GENERIC, message)).isNotEmpty();
    }

    private static List<String> allowed(PartnerType type) {
        return TRIAGE.routingData().allowList(type).fields().stream().map(PersonField::jsonName).toList();
    }

    /** A well-formed value, so that a refusal can only come from the field not being allowed. */
    private static String sampleValue(String field) {
        return switch (field) {
            case "dateOfBirth" -> "1999-04-12";
            case "postcode" -> "1012 AB";
            case "homeMunicipality" -> "GM0363";
            case "phone" -> "+31612345678";
            case "email" -> "noor.devries@example.org";
            case "language" -> "nl";
            default -> "Noor";
        };
    }
}
