package nl.rmt.intake.domain.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.feedback.Outcome;
import org.junit.jupiter.api.Test;

class FunnelTest {

    @Test
    void countsEveryCaseButTheWithdrawnOnesOnceInExactlyOnePart() {
        Funnel funnel = Funnel.of(List.of(
                new FunnelCase(CaseStatus.SUBMITTED, null),
                new FunnelCase(CaseStatus.ROUTED, null),
                new FunnelCase(CaseStatus.ACCEPTED, null),
                new FunnelCase(CaseStatus.CONTACTED, null),
                new FunnelCase(CaseStatus.REJECTED, null),
                new FunnelCase(CaseStatus.ESCALATED, null),
                new FunnelCase(CaseStatus.CLOSED, Outcome.WORK),
                new FunnelCase(CaseStatus.CLOSED, Outcome.TRAINING),
                new FunnelCase(CaseStatus.CLOSED, Outcome.NO_SHOW),
                new FunnelCase(CaseStatus.CLOSED, Outcome.WITHDRAWN),
                new FunnelCase(CaseStatus.WITHDRAWN, null)));

        assertThat(funnel).isEqualTo(new Funnel(10, 2, 1, 1, 6));
    }

    @Test
    void isAllZeroWithoutCases() {
        assertThat(Funnel.of(List.of())).isEqualTo(new Funnel(0, 0, 0, 0, 0));
    }
}
