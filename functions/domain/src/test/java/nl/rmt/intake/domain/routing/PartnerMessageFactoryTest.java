package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.classification.TargetGroup.DEBT;
import static nl.rmt.intake.domain.classification.TargetGroup.JOBSEEKER;
import static nl.rmt.intake.domain.classification.TargetGroup.NEWCOMER;
import static nl.rmt.intake.domain.classification.TargetGroup.TRAINING;
import static nl.rmt.intake.domain.routing.Cases.groups;
import static nl.rmt.intake.domain.routing.Cases.inRegion;
import static nl.rmt.intake.domain.routing.IntakeForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.JsonText;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.PersonalDetails;
import nl.rmt.intake.domain.form.WorkStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PartnerMessageFactoryTest {

    private static final String CASE_ID = "5f0c6a1e-8d5b-4c4e-9a57-2f7f0f6b1c11";
    private static final String REFERENCE = "RMT-7KQ4-XM2P";
    private static final Instant SUBMITTED_AT = Instant.parse("2026-03-02T09:15:00Z");

    private final RoutingData data = RoutingData.loadDefault();
    private final Router router = new Router(data);
    private final PartnerMessageFactory factory = new PartnerMessageFactory(data);

    private final IntakeForm completeForm = aForm()
            .workStatus(WorkStatus.EMPLOYED)
            .workEndDate(LocalDate.of(2026, 6, 30))
            .benefit(Benefit.WW)
            .needs(Need.WORK, Need.DEBT_HELP, Need.TRAINING)
            .remarks("Ik heb schulden bij de energieleverancier.")
            .build();
    private final RoutingDecision decision = router.decide(completeForm, inRegion("AM18"), groups(JOBSEEKER, DEBT, TRAINING));

    private static final Map<PartnerType, Set<String>> EXPECTED_FIELDS = Map.of(
            PartnerType.RMT, Set.of("givenName", "familyName", "email", "phone", "dateOfBirth", "postcode",
                    "homeMunicipality", "language", "remarks"),
            PartnerType.UWV, Set.of("givenName", "familyName", "email", "phone", "dateOfBirth", "postcode", "language"),
            PartnerType.GEMEENTE, Set.of("givenName", "familyName", "email", "phone", "dateOfBirth", "postcode",
                    "homeMunicipality", "language"),
            PartnerType.VAKBOND, Set.of("givenName", "familyName", "email", "phone", "language"),
            PartnerType.ONDERWIJS, Set.of("givenName", "familyName", "email", "phone", "dateOfBirth", "language"),
            PartnerType.SCHULDHULP, Set.of("givenName", "familyName", "email", "phone", "postcode", "homeMunicipality",
                    "language"));

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void eachPartnerTypeReceivesExactlyItsAllowList(PartnerType type) {
        Partner partner = data.partners().resolve("AM18", type);

        PartnerMessage message = factory.build(CASE_ID, REFERENCE, decision, new Recipient(partner, Role.REFERRAL, List.of()),
                completeForm, SUBMITTED_AT);

        assertThat(message.person().keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED_FIELDS.get(type));
    }

    @ParameterizedTest
    @EnumSource(value = PartnerType.class, names = "RMT", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheRegionalDeskReadsTheRemarks(PartnerType type) {
        assertThat(data.allowList(type).allows(PersonField.REMARKS)).isFalse();
        assertThat(data.allowList(PartnerType.RMT).allows(PersonField.REMARKS)).isTrue();
    }

    @Test
    void everyAllowListSaysWhyTheTypeNeedsItsFields() {
        for (PartnerType type : PartnerType.values()) {
            assertThat(data.allowList(type).why()).as("%s", type).isNotBlank();
        }
    }

    @Test
    void aReferralMessageCarriesNoRemarks() {
        Recipient referral = decision.referrals().get(0);

        PartnerMessage message = factory.build(CASE_ID, REFERENCE, decision, referral, completeForm, SUBMITTED_AT);

        assertThat(referral.partner().id()).isEqualTo("am18-schuldhulp");
        assertThat(message.role()).isEqualTo(Role.REFERRAL);
        assertThat(message.person()).doesNotContainKey("remarks")
                .doesNotContainValue("Ik heb schulden bij de energieleverancier.");
    }

    @Test
    void theDeskGetsTheRemarksAlsoAsAReferral() {
        RoutingDecision inGroningen = router.decide(completeForm, inRegion("AM01"), groups(JOBSEEKER, DEBT));
        Recipient deskReferral = inGroningen.referrals().get(0);

        PartnerMessage message = factory.build(CASE_ID, REFERENCE, inGroningen, deskReferral, completeForm, SUBMITTED_AT);

        assertThat(deskReferral.partner().id()).isEqualTo("rmt-am01");
        assertThat(message.person()).containsEntry("remarks", JsonText.of("Ik heb schulden bij de energieleverancier."));
    }

    @Test
    void fieldsTheCitizenLeftOutAreAbsentRatherThanEmpty() {
        IntakeForm sparse = aForm().person(new PersonalDetails("Sam", "Jansen", "sam@example.org", null,
                LocalDate.of(1990, 1, 1), null, null, Language.EN)).remarks(null).build();
        RoutingDecision sparseDecision = router.decide(sparse, inRegion("AM18"), groups(JOBSEEKER));

        PartnerMessage message = factory.build(CASE_ID, REFERENCE, sparseDecision, sparseDecision.recipients().get(0), sparse,
                SUBMITTED_AT);

        assertThat(message.person()).containsOnlyKeys("givenName", "familyName", "email", "dateOfBirth", "language")
                .containsEntry("language", "en").containsEntry("dateOfBirth", "1990-01-01");
    }

    @Test
    void theLeadMessageStatesHowSoonThePartnerMakesContact() {
        Recipient lead = decision.recipients().get(0);

        PartnerMessage message = factory.build(CASE_ID, REFERENCE, decision, lead, completeForm, SUBMITTED_AT);

        assertThat(lead.partner().id()).isEqualTo("uwv");
        assertThat(message.role()).isEqualTo(Role.LEAD);
        assertThat(message.contactWithinWorkingDays()).isEqualTo(lead.partner().contactWithinWorkingDays());
    }

    @Test
    void aReferralMessageMakesNoContactPromise() {
        PartnerMessage message = factory.build(CASE_ID, REFERENCE, decision, decision.referrals().get(0), completeForm,
                SUBMITTED_AT);

        assertThat(message.contactWithinWorkingDays()).isNull();
    }

    @Test
    void theMessageDescribesTheCaseWithoutIdentifyingThePerson() {
        PartnerMessage message = factory.build(CASE_ID, REFERENCE, decision, decision.referrals().get(1), completeForm,
                SUBMITTED_AT);

        assertThat(message.schemaVersion()).isEqualTo("1.1");
        assertThat(message.caseId()).isEqualTo(CASE_ID);
        assertThat(message.reference()).isEqualTo(REFERENCE);
        assertThat(message.partnerId()).isEqualTo("am18-onderwijs");
        assertThat(message.region().code()).isEqualTo("AM18");
        assertThat(message.targetGroups()).isEqualTo(decision.groups());
        assertThat(message.needs()).containsExactly(Need.WORK, Need.TRAINING, Need.DEBT_HELP);
        assertThat(message.situation()).isEqualTo(new PartnerMessage.SituationSummary("EMPLOYED", "WW", "2026-06-30"));
        assertThat(message.submittedAt()).isEqualTo("2026-03-02T09:15:00Z");
    }

    @Test
    void theMessageIdIsStableForACaseAndPartnerSoRetriesCanBeDeduplicated() {
        Recipient referral = decision.referrals().get(0);

        PartnerMessage first = factory.build(CASE_ID, REFERENCE, decision, referral, completeForm, SUBMITTED_AT);
        PartnerMessage retry = factory.build(CASE_ID, REFERENCE, decision, referral, completeForm, SUBMITTED_AT);

        assertThat(first.messageId()).isEqualTo(CASE_ID + ":am18-schuldhulp:CASE_ASSIGNED:1").isEqualTo(retry.messageId());
        assertThat(first).isEqualTo(retry);
    }

    @Test
    void anIntakeMessageIsACaseAssignmentOfTheFirstRound() {
        PartnerMessage message = factory.build(CASE_ID, REFERENCE, decision, decision.recipients().get(0), completeForm,
                SUBMITTED_AT);

        assertThat(message.messageType()).isEqualTo("CASE_ASSIGNED");
        assertThat(message.round()).isEqualTo(1);
        assertThat(message.messageId()).isEqualTo(PartnerMessageFactory.messageId(CASE_ID, "uwv"))
                .isEqualTo(CASE_ID + ":uwv:CASE_ASSIGNED:1");
    }

    @Test
    void aPartnerThatBecomesLeadAfterBeingAReferralGetsAMessageWithANewId() {
        Recipient asReferral = decision.referrals().get(0);
        Recipient asLead = new Recipient(asReferral.partner(), Role.LEAD, asReferral.because());

        PartnerMessage first = factory.build(CASE_ID, REFERENCE, decision, asReferral, completeForm, SUBMITTED_AT);
        PartnerMessage later = factory.build(CASE_ID, REFERENCE, decision, asLead, completeForm, SUBMITTED_AT, 2);

        assertThat(later.round()).isEqualTo(2);
        assertThat(later.role()).isEqualTo(Role.LEAD);
        assertThat(later.messageId()).isEqualTo(CASE_ID + ":am18-schuldhulp:CASE_ASSIGNED:2")
                .isNotEqualTo(first.messageId());
    }

    @Test
    void aReRoutedLeadsMessageCanBeBuiltFromTheStoredRegionAndGroupsWithoutADecision() {
        Partner newLead = data.partners().byId("am18-gemeente").orElseThrow();
        Recipient recipient = new Recipient(newLead, Role.LEAD, List.of());

        PartnerMessage fromStoredCase = factory.build(CASE_ID, REFERENCE, decision.region().caseRegion(),
                decision.groups(), recipient, completeForm, SUBMITTED_AT, 3);
        PartnerMessage fromDecision = factory.build(CASE_ID, REFERENCE, decision, recipient, completeForm, SUBMITTED_AT, 3);

        assertThat(fromStoredCase).isEqualTo(fromDecision).isEqualTo(factory.build(CASE_ID, REFERENCE, decision.region(),
                decision.groups(), recipient, completeForm, SUBMITTED_AT, 3));
        assertThat(fromStoredCase.messageId()).isEqualTo(CASE_ID + ":am18-gemeente:CASE_ASSIGNED:3");
        assertThat(fromStoredCase.contactWithinWorkingDays()).isEqualTo(newLead.contactWithinWorkingDays());
        assertThat(fromStoredCase.submittedAt()).isEqualTo("2026-03-02T09:15:00Z");
        assertThat(RoutingSchemas.problems("partner-message.schema.json", new ObjectMapper().valueToTree(fromStoredCase)))
                .isEmpty();
    }

    @Test
    void theFirstRoundIsOneAndThereIsNoRoundZero() {
        Recipient lead = decision.recipients().get(0);

        assertThat(factory.build(CASE_ID, REFERENCE, decision, lead, completeForm, SUBMITTED_AT, 1).round()).isEqualTo(1);
        assertThatThrownBy(() -> factory.build(CASE_ID, REFERENCE, decision, lead, completeForm, SUBMITTED_AT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("round");
        assertThatThrownBy(() -> PartnerMessageFactory.messageId(CASE_ID, "uwv", MessageType.CASE_ASSIGNED, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMessageIdNamesTypeAndRoundSoEachKindOfMessageIsItsOwn() {
        assertThat(PartnerMessageFactory.messageId(CASE_ID, "uwv", MessageType.CASE_WITHDRAWN, 2))
                .isEqualTo(CASE_ID + ":uwv:CASE_WITHDRAWN:2")
                .isNotEqualTo(PartnerMessageFactory.messageId(CASE_ID, "uwv", MessageType.CASE_REASSIGNED, 2))
                .isNotEqualTo(PartnerMessageFactory.messageId(CASE_ID, "uwv", MessageType.CASE_WITHDRAWN, 3));
    }

    @Test
    void thePartnerMessageSchemaRequiresTheTypeAndRound() {
        ObjectNode json = new ObjectMapper().valueToTree(factory.build(CASE_ID, REFERENCE, decision,
                decision.recipients().get(0), completeForm, SUBMITTED_AT));
        ObjectNode withoutRound = json.deepCopy();
        withoutRound.remove("round");
        ObjectNode roundZero = json.deepCopy().put("round", 0);
        ObjectNode otherType = json.deepCopy().put("messageType", "CASE_WITHDRAWN");

        assertThat(RoutingSchemas.problems("partner-message.schema.json", json)).isEmpty();
        assertThat(RoutingSchemas.problems("partner-message.schema.json", withoutRound)).isNotEmpty();
        assertThat(RoutingSchemas.problems("partner-message.schema.json", roundZero)).isNotEmpty();
        assertThat(RoutingSchemas.problems("partner-message.schema.json", otherType)).isNotEmpty();
    }

    @Test
    void everyMessageOfADecisionFollowsThePartnerMessageSchemaWhenWrittenByAPlainMapper() {
        RoutingDecision withNewcomer = router.decide(completeForm, inRegion("AM18"), groups(JOBSEEKER, DEBT, TRAINING, NEWCOMER));
        ObjectMapper plainMapper = new ObjectMapper();

        for (Recipient recipient : withNewcomer.recipients()) {
            JsonNode json = plainMapper.valueToTree(
                    factory.build(CASE_ID, REFERENCE, withNewcomer, recipient, completeForm, SUBMITTED_AT));

            assertThat(RoutingSchemas.problems("partner-message.schema.json", json)).as(recipient.partner().id()).isEmpty();
        }
    }

    @Test
    void thePartnerMessageSchemaRefusesAPersonFieldOutsideTheKnownSet() {
        JsonNode json = new ObjectMapper().valueToTree(factory.build(CASE_ID, REFERENCE, decision,
                decision.recipients().get(0), completeForm, SUBMITTED_AT));
        ((ObjectNode) json.get("person")).put("bsn", "123456782");

        assertThat(RoutingSchemas.problems("partner-message.schema.json", json)).isNotEmpty();
    }
}
