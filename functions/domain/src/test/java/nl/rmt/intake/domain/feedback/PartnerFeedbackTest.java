package nl.rmt.intake.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PartnerFeedbackTest {

    @Test
    void aRejectionWithoutAReasonCannotExist() {
        assertThatThrownBy(() -> new PartnerFeedback(FeedbackType.REJECTED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartnerFeedback(FeedbackType.REJECTED, "  ", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartnerFeedback(FeedbackType.REJECTED, "x", null).reason()).isEqualTo("x");
    }

    @Test
    void aClosingReportCannotExistWithoutAnOutcome() {
        assertThatThrownBy(() -> new PartnerFeedback(FeedbackType.CLOSED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartnerFeedback(FeedbackType.CLOSED, null, Outcome.WORK).outcome()).isEqualTo(Outcome.WORK);
    }

    @ParameterizedTest
    @EnumSource(value = FeedbackType.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAClosingReportHasAnOutcome(FeedbackType type) {
        assertThatThrownBy(() -> new PartnerFeedback(type, "reason", Outcome.WORK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(type.name());
    }

    @Test
    void aBlankOptionalReasonIsNoReason() {
        assertThat(new PartnerFeedback(FeedbackType.ACCEPTED, " ", null).reason()).isNull();
    }

    @Test
    void theTextLeavesOutTheReason() {
        PartnerFeedback feedback = new PartnerFeedback(FeedbackType.REJECTED, "mevrouw De Vries verhuist", null);

        assertThat(feedback.toString()).contains("REJECTED").doesNotContain("Vries");
    }
}
