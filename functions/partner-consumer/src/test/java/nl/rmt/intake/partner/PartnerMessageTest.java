package nl.rmt.intake.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerMessageTest {

    @Test
    void readsTheRoutingFieldsOfAnAssignment() {
        PartnerMessage message = PartnerMessage.parse(PartnerMessages.assigned("case-1", "uwv", "LEAD"));

        assertThat(message).isEqualTo(new PartnerMessage(MessageType.CASE_ASSIGNED, "case-1:uwv:CASE_ASSIGNED:1",
                "case-1", "RMT-7KQ4-M9XW", "uwv", Optional.of("LEAD")));
        assertThat(message.isLead()).isTrue();
    }

    @Test
    void keepsNoPersonFields() {
        PartnerMessage message = PartnerMessage.parse(PartnerMessages.assigned("case-1", "uwv", "REFERRAL"));

        assertThat(message.toString()).doesNotContain("Noor", "Jansen", "example.org");
        assertThat(message.isLead()).isFalse();
    }

    @Test
    void aNoticeHasNoRole() {
        PartnerMessage message = PartnerMessage.parse(PartnerMessages.notice("case-2", "uwv", MessageType.CASE_WITHDRAWN));

        assertThat(message.messageType()).isEqualTo(MessageType.CASE_WITHDRAWN);
        assertThat(message.role()).isEmpty();
    }

    @Test
    void aMessageOutsideTheContractIsUnreadable() {
        assertThatThrownBy(() -> PartnerMessage.parse("not json")).isInstanceOf(UnreadableMessageException.class);
        assertThatThrownBy(() -> PartnerMessage.parse("{\"messageType\":\"CASE_MERGED\",\"messageId\":\"m\",\"caseId\":\"c\",\"partnerId\":\"p\"}"))
                .hasMessage("unknown messageType CASE_MERGED");
        assertThatThrownBy(() -> PartnerMessage.parse("{\"messageType\":\"CASE_ASSIGNED\",\"caseId\":\"c\",\"partnerId\":\"p\"}"))
                .hasMessage("no messageId");
    }
}
