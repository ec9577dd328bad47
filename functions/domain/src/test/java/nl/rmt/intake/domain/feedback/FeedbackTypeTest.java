package nl.rmt.intake.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import nl.rmt.intake.domain.casefile.CaseStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackTypeTest {

    @ParameterizedTest
    @CsvSource({"ACCEPTED, ACCEPTED", "CONTACTED, CONTACTED", "REJECTED, REJECTED", "CLOSED, CLOSED"})
    void eachReportMovesTheAssignmentToItsStatus(FeedbackType type, CaseStatus status) {
        assertThat(type.targetStatus()).isEqualTo(status);
    }
}
