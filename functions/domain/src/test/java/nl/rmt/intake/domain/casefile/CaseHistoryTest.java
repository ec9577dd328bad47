package nl.rmt.intake.domain.casefile;

import static nl.rmt.intake.domain.casefile.CaseStatus.ACCEPTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.CLOSED;
import static nl.rmt.intake.domain.casefile.CaseStatus.REJECTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.ROUTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.SUBMITTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseHistoryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:15:00Z");

    private static StatusChange change(CaseStatus from, CaseStatus to, int minutes) {
        return new StatusChange(from, to, "system:test", T0.plusSeconds(60L * minutes), null);
    }

    @Test
    void anEmptyHistoryHasNoCurrentStatus() {
        assertThat(CaseHistory.empty().current()).isEmpty();
        assertThat(CaseHistory.empty().isEmpty()).isTrue();
    }

    @Test
    void aCaseIsCreatedSubmitted() {
        CaseHistory history = CaseHistory.empty().append(StatusChange.creation("citizen", T0));

        assertThat(history.current()).contains(SUBMITTED);
        assertThat(history.changes()).singleElement().satisfies(change -> assertThat(change.from()).isNull());
    }

    @Test
    void aCaseCannotBeCreatedInAnyOtherStatus() {
        assertThatThrownBy(() -> CaseHistory.empty().append(change(null, ROUTED, 0)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void allowedChangesAreAppendedInOrder() {
        CaseHistory history = CaseHistory.empty()
                .append(change(null, SUBMITTED, 0))
                .append(change(SUBMITTED, ROUTED, 1))
                .append(change(ROUTED, REJECTED, 2))
                .append(change(REJECTED, ROUTED, 3))
                .append(change(ROUTED, ACCEPTED, 4))
                .append(change(ACCEPTED, CLOSED, 5));

        assertThat(history.current()).contains(CLOSED);
        assertThat(history.changes()).extracting(StatusChange::to)
                .containsExactly(SUBMITTED, ROUTED, REJECTED, ROUTED, ACCEPTED, CLOSED);
    }

    @Test
    void aChangeNotAllowedFromTheCurrentStatusIsRefused() {
        CaseHistory routed = CaseHistory.of(List.of(change(null, SUBMITTED, 0), change(SUBMITTED, ROUTED, 1)));

        assertThatThrownBy(() -> routed.append(change(ROUTED, CLOSED, 2)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aChangeDecidedOnAnOutdatedStatusIsRefused() {
        CaseHistory routed = CaseHistory.of(List.of(change(null, SUBMITTED, 0), change(SUBMITTED, ROUTED, 1)));

        assertThatThrownBy(() -> routed.append(change(SUBMITTED, WITHDRAWN, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(IllegalTransitionException.class)
                .hasMessage("status change starts at SUBMITTED but the case is ROUTED");
    }

    @Test
    void aSecondCreationIsRefused() {
        CaseHistory submitted = CaseHistory.empty().append(change(null, SUBMITTED, 0));

        assertThatThrownBy(() -> submitted.append(change(null, SUBMITTED, 1)))
                .hasMessage("status change starts at (new case) but the case is SUBMITTED");
    }

    @Test
    void appendingLeavesTheOriginalHistoryUnchanged() {
        CaseHistory submitted = CaseHistory.empty().append(change(null, SUBMITTED, 0));

        CaseHistory routed = submitted.append(change(SUBMITTED, ROUTED, 1));

        assertThat(submitted.current()).contains(SUBMITTED);
        assertThat(submitted.changes()).hasSize(1);
        assertThat(routed.changes()).hasSize(2);
        assertThatThrownBy(() -> routed.changes().add(change(ROUTED, ACCEPTED, 2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aStoredHistoryIsCheckedWhenRebuilt() {
        List<StatusChange> tampered = List.of(change(null, SUBMITTED, 0), change(SUBMITTED, CLOSED, 1));

        assertThatThrownBy(() -> CaseHistory.of(tampered)).isInstanceOf(IllegalTransitionException.class);
        assertThat(CaseHistory.of(List.of())).isEqualTo(CaseHistory.empty());
    }

    @Test
    void historiesWithTheSameChangesAreEqual() {
        List<StatusChange> changes = List.of(change(null, SUBMITTED, 0), change(SUBMITTED, ROUTED, 1));

        assertThat(CaseHistory.of(changes)).isEqualTo(CaseHistory.of(changes)).hasSameHashCodeAs(CaseHistory.of(changes));
    }

    @Test
    void theTextFormShowsStatusesButNotReasons() {
        CaseHistory history = CaseHistory.empty()
                .append(change(null, SUBMITTED, 0))
                .append(change(SUBMITTED, ROUTED, 1))
                .append(new StatusChange(ROUTED, REJECTED, "partner:uwv", T0, "moved to Spain"));

        assertThat(history.toString()).isEqualTo("CaseHistory[SUBMITTED → ROUTED → REJECTED]");
    }
}
