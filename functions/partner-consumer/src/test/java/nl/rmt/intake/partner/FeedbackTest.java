package nl.rmt.intake.partner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedbackTest {

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> Feedback.rejected(" ")).hasMessageContaining("reason");
    }

    @Test
    void anOutcomeGoesWithClosedOnly() {
        assertThatThrownBy(() -> new Feedback(FeedbackType.CLOSED, null, null)).hasMessageContaining("outcome");
        assertThatThrownBy(() -> new Feedback(FeedbackType.ACCEPTED, null, Outcome.WORK)).hasMessageContaining("outcome");
    }
}
