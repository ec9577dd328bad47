package nl.rmt.intake.domain.contract;

import static nl.rmt.intake.domain.contract.Contract.problems;
import static nl.rmt.intake.domain.contract.SampleCases.CASE_ID;
import static nl.rmt.intake.domain.contract.SampleCases.REFERENCE;
import static nl.rmt.intake.domain.contract.SampleCases.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import java.time.Instant;
import java.util.List;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.routing.LeadChange;
import nl.rmt.intake.domain.routing.PartnerNotice;
import nl.rmt.intake.domain.routing.PartnerNotices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The notices production sends follow partner-notice.schema.json, and that schema keeps personal data out. */
class PartnerNoticeContractTest {

    private static final String NOTICE = "partner-notice.schema.json";
    private static final String ANY_MESSAGE = "partner-message.schema.json";
    private static final LabourMarketRegion GROOT_AMSTERDAM = new LabourMarketRegion("AM18", "Groot Amsterdam");
    private static final Instant SENT_AT = Instant.parse("2026-03-09T14:02:11.480Z");

    private final ObjectNode withdrawn =
            json(PartnerNotices.withdrawn(CASE_ID, REFERENCE, GROOT_AMSTERDAM, "am18-gemeente", 1, SENT_AT));

    @Test
    void aWithdrawalNoticeFollowsTheNoticeSchemaItsMessageDefinitionAndTheQueueSchema() {
        assertThat(problems(NOTICE, withdrawn)).isEmpty();
        assertThat(problems(ANY_MESSAGE, withdrawn)).isEmpty();
        assertThat(problemsOfDefinition("caseWithdrawn", withdrawn)).isEmpty();
        assertThat(problemsOfDefinition("caseReassigned", withdrawn)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(LeadChange.class)
    void aReassignmentNoticeFollowsTheNoticeSchemaItsMessageDefinitionAndTheQueueSchema(LeadChange why) {
        PartnerNotice notice = PartnerNotices.reassigned(CASE_ID, REFERENCE, GROOT_AMSTERDAM, "uwv", 2, why, SENT_AT);
        ObjectNode json = json(notice);

        assertThat(problems(NOTICE, json)).isEmpty();
        assertThat(problems(ANY_MESSAGE, json)).isEmpty();
        assertThat(problemsOfDefinition("caseReassigned", json)).isEmpty();
        assertThat(notice.messageId()).isEqualTo(CASE_ID + ":uwv:CASE_REASSIGNED:2");
    }

    @Test
    void aNoticeIsNotMistakenForAnAssignment() {
        assertThat(problems("case-assigned.schema.json", withdrawn)).isNotEmpty();
    }

    @Test
    void theSchemaRefusesANoticeThatCarriesPersonalData() {
        ObjectNode withPerson = withdrawn.deepCopy();
        withPerson.putObject("person").put("email", "noor.devries@example.org");
        ObjectNode withName = withdrawn.deepCopy();
        withName.put("givenName", "Noor");

        assertThat(problems(NOTICE, withPerson)).isNotEmpty();
        assertThat(problems(NOTICE, withName)).isNotEmpty();
        assertThat(problems(ANY_MESSAGE, withPerson)).isNotEmpty();
    }

    @Test
    void theSchemaRefusesANoticeWhoseMessageIdNamesAnotherType() {
        ObjectNode mismatched = withdrawn.deepCopy();
        mismatched.put("messageId", CASE_ID + ":am18-gemeente:CASE_REASSIGNED:1");

        assertThat(problems(NOTICE, mismatched)).isNotEmpty();
    }

    @Test
    void aNoticeWithoutAReasonIsStillANotice() {
        ObjectNode noReason = withdrawn.deepCopy();
        noReason.putNull("reason");
        ObjectNode absentReason = withdrawn.deepCopy();
        absentReason.remove("reason");

        assertThat(problems(NOTICE, noReason)).isEmpty();
        assertThat(problems(NOTICE, absentReason)).isEmpty();
    }

    @Test
    void theQueueSchemaRefusesAnUnknownMessageType() {
        ObjectNode unknown = withdrawn.deepCopy();
        unknown.put("messageType", "CASE_DELETED");

        assertThat(problems(ANY_MESSAGE, unknown)).isNotEmpty();
    }

    private static List<String> problemsOfDefinition(String definition, ObjectNode message) {
        return Contract.schema(SchemaLocation.of(Contract.SCHEMA_BASE + NOTICE + "#/$defs/" + definition))
                .validate(message).stream().map(ValidationMessage::getMessage).toList();
    }
}
