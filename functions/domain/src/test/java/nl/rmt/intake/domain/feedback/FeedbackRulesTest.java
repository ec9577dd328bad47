package nl.rmt.intake.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.casefile.Assignment;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.casefile.DeskCannotRejectException;
import nl.rmt.intake.domain.casefile.IllegalTransitionException;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedbackRulesTest {

    private static final Partner DESK = new Partner("rmt-am18", PartnerType.RMT, Map.of(Language.NL, "RMT Groot Amsterdam"),
            "desk-am18", Set.of("AM18"), 3);
    private static final Partner UWV = new Partner("uwv", PartnerType.UWV, Map.of(Language.NL, "UWV"), "partner-uwv",
            Set.of(), 5);

    @ParameterizedTest
    @EnumSource(Role.class)
    void theDeskCannotRejectWhateverItsRole(Role role) {
        Assignment assignment = Assignment.routed("rmt-am18", role, 1);

        assertThatThrownBy(() -> FeedbackRules.check(DESK, assignment, FeedbackType.REJECTED))
                .isInstanceOfSatisfying(DeskCannotRejectException.class,
                        refused -> assertThat(refused.partnerId()).isEqualTo("rmt-am18"))
                .hasMessageContaining("re-route it by hand");
    }

    @Test
    void theDeskCannotRejectAnEscalatedCaseEither() {
        assertThatThrownBy(() -> FeedbackRules.check(DESK, Assignment.escalatedTo("rmt-am18", 2), FeedbackType.REJECTED))
                .isInstanceOf(DeskCannotRejectException.class);
    }

    @Test
    void theDeskMayAcceptContactAndClose() {
        Assignment routed = Assignment.routed("rmt-am18", Role.LEAD, 1);
        Assignment accepted = routed.apply(FeedbackType.ACCEPTED);

        assertThatCode(() -> FeedbackRules.check(DESK, routed, FeedbackType.ACCEPTED)).doesNotThrowAnyException();
        assertThatCode(() -> FeedbackRules.check(DESK, accepted, FeedbackType.CONTACTED)).doesNotThrowAnyException();
        assertThatCode(() -> FeedbackRules.check(DESK, accepted, FeedbackType.CLOSED)).doesNotThrowAnyException();
    }

    @Test
    void anyOtherPartnerMayReject() {
        assertThatCode(() -> FeedbackRules.check(UWV, Assignment.routed("uwv", Role.LEAD, 1), FeedbackType.REJECTED))
                .doesNotThrowAnyException();
    }

    @Test
    void aPartnerReportsOnItsOwnAssignmentOnly() {
        Assignment desks = Assignment.routed("rmt-am18", Role.REFERRAL, 1);

        assertThatThrownBy(() -> FeedbackRules.check(UWV, desks, FeedbackType.ACCEPTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uwv").hasMessageContaining("rmt-am18");
    }

    @Test
    void aReportThatDoesNotFitTheStatusIsRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> FeedbackRules.check(UWV, Assignment.routed("uwv", Role.LEAD, 1), FeedbackType.CONTACTED))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> assertThat(refused.allowed())
                        .contains(CaseStatus.ACCEPTED, CaseStatus.REJECTED));
    }
}
