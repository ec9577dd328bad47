package nl.rmt.intake.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PartnerNoticesTest {

    private static final String CASE_ID = "5f0c6a1e-8d5b-4c4e-9a57-2f7f0f6b1c11";
    private static final String REFERENCE = "RMT-7KQ4-XM2P";
    private static final LabourMarketRegion REGION = new LabourMarketRegion("AM18", "Groot Amsterdam");
    private static final Instant SENT_AT = Instant.parse("2026-04-14T07:30:00Z");
    private static final Set<String> NOTICE_FIELDS = Set.of("schemaVersion", "messageType", "messageId", "caseId",
            "reference", "region", "partnerId", "round", "reason", "sentAt");

    @Test
    void aWithdrawalNoticeTellsThePartnerToStopAndErase() {
        PartnerNotice notice = PartnerNotices.withdrawn(CASE_ID, REFERENCE, REGION, "uwv", 2, SENT_AT);

        assertThat(notice.schemaVersion()).isEqualTo("1.1");
        assertThat(notice.messageType()).isEqualTo("CASE_WITHDRAWN");
        assertThat(notice.messageId()).isEqualTo(CASE_ID + ":uwv:CASE_WITHDRAWN:2");
        assertThat(notice.caseId()).isEqualTo(CASE_ID);
        assertThat(notice.reference()).isEqualTo(REFERENCE);
        assertThat(notice.region()).isEqualTo(REGION);
        assertThat(notice.partnerId()).isEqualTo("uwv");
        assertThat(notice.round()).isEqualTo(2);
        assertThat(notice.reason()).contains("withdrew", "erase");
        assertThat(notice.sentAt()).isEqualTo("2026-04-14T07:30:00Z");
    }

    @Test
    void aReassignmentAfterEscalationSaysTheDeskTookOver() {
        PartnerNotice notice = PartnerNotices.reassigned(CASE_ID, REFERENCE, REGION, "uwv", 2, LeadChange.ESCALATED,
                SENT_AT);

        assertThat(notice.messageType()).isEqualTo("CASE_REASSIGNED");
        assertThat(notice.messageId()).isEqualTo(CASE_ID + ":uwv:CASE_REASSIGNED:2");
        assertThat(notice.reason()).contains("no longer the lead", "RMT desk");
    }

    @Test
    void aReassignmentAfterAReRouteSaysAnotherPartnerLeads() {
        PartnerNotice notice = PartnerNotices.reassigned(CASE_ID, REFERENCE, REGION, "am18-gemeente", 3,
                LeadChange.REROUTED, SENT_AT);

        assertThat(notice.reason()).contains("no longer the lead", "another partner");
        assertThat(notice.messageId()).isEqualTo(CASE_ID + ":am18-gemeente:CASE_REASSIGNED:3");
    }

    @Test
    void eachRoundsReassignmentIsItsOwnMessage() {
        PartnerNotice second = PartnerNotices.reassigned(CASE_ID, REFERENCE, REGION, "uwv", 2, LeadChange.REROUTED, SENT_AT);
        PartnerNotice third = PartnerNotices.reassigned(CASE_ID, REFERENCE, REGION, "uwv", 3, LeadChange.REROUTED, SENT_AT);
        PartnerNotice withdrawn = PartnerNotices.withdrawn(CASE_ID, REFERENCE, REGION, "uwv", 3, SENT_AT);

        assertThat(List.of(second.messageId(), third.messageId(), withdrawn.messageId())).doesNotHaveDuplicates();
    }

    @Test
    void aNoticeIsTheSameOnEveryDeliverySoPartnersCanDropDuplicates() {
        assertThat(PartnerNotices.withdrawn(CASE_ID, REFERENCE, REGION, "uwv", 1, SENT_AT))
                .isEqualTo(PartnerNotices.withdrawn(CASE_ID, REFERENCE, REGION, "uwv", 1, SENT_AT));
    }

    @ParameterizedTest
    @EnumSource(LeadChange.class)
    void aNoticeCarriesNoPersonFieldsWhenWrittenByAPlainMapper(LeadChange why) {
        List<JsonNode> notices = List.of(
                new ObjectMapper().valueToTree(PartnerNotices.withdrawn(CASE_ID, REFERENCE, REGION, "uwv", 1, SENT_AT)),
                new ObjectMapper().valueToTree(PartnerNotices.reassigned(CASE_ID, REFERENCE, REGION, "uwv", 2, why, SENT_AT)));

        for (JsonNode json : notices) {
            List<String> fields = new ArrayList<>();
            json.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrderElementsOf(NOTICE_FIELDS);
        }
    }

    @Test
    void theNoticeRecordHasNoRoomForPersonFields() {
        List<String> components = Arrays.stream(PartnerNotice.class.getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> personFields = Arrays.stream(PersonField.values()).map(PersonField::jsonName).toList();

        assertThat(components).doesNotContainAnyElementsOf(personFields).doesNotContain("person", "targetGroups", "needs");
    }

    @Test
    void thereIsNoRoundZero() {
        assertThatThrownBy(() -> PartnerNotices.withdrawn(CASE_ID, REFERENCE, REGION, "uwv", 0, SENT_AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PartnerNotices.withdrawn(CASE_ID, REFERENCE, REGION, "uwv", 1, SENT_AT).round()).isEqualTo(1);
    }
}
