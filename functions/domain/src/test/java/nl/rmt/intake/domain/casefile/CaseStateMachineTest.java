package nl.rmt.intake.domain.casefile;

import static nl.rmt.intake.domain.casefile.CaseStatus.ACCEPTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.CLOSED;
import static nl.rmt.intake.domain.casefile.CaseStatus.CONTACTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.ESCALATED;
import static nl.rmt.intake.domain.casefile.CaseStatus.REJECTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.ROUTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.SUBMITTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStateMachineTest {

    /** The agreed lifecycle, written out independently of the implementation. */
    private static final Map<CaseStatus, Set<CaseStatus>> AGREED = Map.of(
            SUBMITTED, EnumSet.of(ROUTED, WITHDRAWN),
            ROUTED, EnumSet.of(ACCEPTED, REJECTED, ESCALATED, WITHDRAWN),
            ACCEPTED, EnumSet.of(CONTACTED, REJECTED, CLOSED, WITHDRAWN),
            CONTACTED, EnumSet.of(CLOSED, REJECTED, WITHDRAWN),
            REJECTED, EnumSet.of(ROUTED, WITHDRAWN),
            ESCALATED, EnumSet.of(ACCEPTED, REJECTED, ROUTED, WITHDRAWN),
            CLOSED, EnumSet.noneOf(CaseStatus.class),
            WITHDRAWN, EnumSet.noneOf(CaseStatus.class));

    static Stream<Arguments> allowedMoves() {
        return everyPair().filter(pair -> AGREED.get((CaseStatus) pair.get()[0]).contains((CaseStatus) pair.get()[1]));
    }

    static Stream<Arguments> refusedMoves() {
        return everyPair().filter(pair -> !AGREED.get((CaseStatus) pair.get()[0]).contains((CaseStatus) pair.get()[1]));
    }

    private static Stream<Arguments> everyPair() {
        return Arrays.stream(CaseStatus.values())
                .flatMap(from -> Arrays.stream(CaseStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("allowedMoves")
    void anAgreedMoveIsAllowed(CaseStatus from, CaseStatus to) {
        assertThat(CaseStateMachine.isAllowed(from, to)).isTrue();
        assertThatCode(() -> CaseStateMachine.check(from, to)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("refusedMoves")
    void anyOtherMoveIsRefusedNamingWhatIsAllowed(CaseStatus from, CaseStatus to) {
        assertThat(CaseStateMachine.isAllowed(from, to)).isFalse();
        assertThatThrownBy(() -> CaseStateMachine.check(from, to))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.from()).isEqualTo(from);
                    assertThat(refused.to()).isEqualTo(to);
                    assertThat(refused.allowed()).isEqualTo(AGREED.get(from));
                })
                .hasMessageContaining(from.name()).hasMessageContaining(to.name());
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void allowedFromListsExactlyTheAgreedMoves(CaseStatus from) {
        assertThat(CaseStateMachine.allowedFrom(from)).isEqualTo(AGREED.get(from));
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"CLOSED", "WITHDRAWN"})
    void closedAndWithdrawnAreFinal(CaseStatus status) {
        assertThat(CaseStateMachine.isFinal(status)).isTrue();
        assertThatThrownBy(() -> CaseStateMachine.check(status, ROUTED)).hasMessageContaining("is final");
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"CLOSED", "WITHDRAWN"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOpenCaseCanBeWithdrawn(CaseStatus status) {
        assertThat(CaseStateMachine.isFinal(status)).isFalse();
        assertThat(CaseStateMachine.isAllowed(status, WITHDRAWN)).isTrue();
    }

    @Test
    void aNewCaseStartsSubmittedAndNowhereElse() {
        assertThat(CaseStateMachine.allowedFrom(null)).containsExactly(SUBMITTED);
        assertThatCode(() -> CaseStateMachine.check(null, SUBMITTED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseStateMachine.check(null, ROUTED))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> assertThat(refused.from()).isNull())
                .hasMessageContaining("(new case)");
    }

    @Test
    void noMoveLeadsToNowhere() {
        assertThat(CaseStateMachine.isAllowed(SUBMITTED, null)).isFalse();
    }

    @Test
    void theAllowedSetsCannotBeChangedByCallers() {
        assertThatThrownBy(() -> CaseStateMachine.allowedFrom(ROUTED).add(CLOSED))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
