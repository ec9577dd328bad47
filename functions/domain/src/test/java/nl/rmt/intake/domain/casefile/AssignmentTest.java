package nl.rmt.intake.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.rmt.intake.domain.feedback.FeedbackType;
import nl.rmt.intake.domain.routing.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssignmentTest {

    private final Assignment lead = Assignment.routed("uwv", Role.LEAD, 1);

    @Test
    void aNewAssignmentWaitsForThePartnersReport() {
        assertThat(lead).isEqualTo(new Assignment("uwv", Role.LEAD, CaseStatus.ROUTED, 1));
    }

    @Test
    void aPartnerWalksItsAssignmentThroughAcceptedContactedAndClosed() {
        Assignment closed = lead.apply(FeedbackType.ACCEPTED).apply(FeedbackType.CONTACTED).apply(FeedbackType.CLOSED);

        assertThat(closed).isEqualTo(new Assignment("uwv", Role.LEAD, CaseStatus.CLOSED, 1));
    }

    @Test
    void aPartnerMayCloseRightAfterAccepting() {
        assertThat(lead.apply(FeedbackType.ACCEPTED).apply(FeedbackType.CLOSED).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aPartnerMayRejectBeforeAcceptingAndAfter() {
        assertThat(lead.apply(FeedbackType.REJECTED).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(lead.apply(FeedbackType.ACCEPTED).apply(FeedbackType.REJECTED).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(lead.apply(FeedbackType.ACCEPTED).apply(FeedbackType.CONTACTED).apply(FeedbackType.REJECTED).status())
                .isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void contactIsReportedOnlyAfterAccepting() {
        assertThatThrownBy(() -> lead.apply(FeedbackType.CONTACTED))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.from()).isEqualTo(CaseStatus.ROUTED);
                    assertThat(refused.to()).isEqualTo(CaseStatus.CONTACTED);
                    assertThat(refused.allowed()).contains(CaseStatus.ACCEPTED);
                });
    }

    @Test
    void aCaseIsClosedOnlyAfterAccepting() {
        assertThatThrownBy(() -> lead.apply(FeedbackType.CLOSED)).isInstanceOf(IllegalTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(FeedbackType.class)
    void nothingFollowsAClosedAssignment(FeedbackType type) {
        Assignment closed = lead.apply(FeedbackType.ACCEPTED).apply(FeedbackType.CLOSED);

        assertThatThrownBy(() -> closed.apply(type)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is final");
    }

    @Test
    void acceptingTwiceIsRefused() {
        Assignment accepted = lead.apply(FeedbackType.ACCEPTED);

        assertThatThrownBy(() -> accepted.apply(FeedbackType.ACCEPTED)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theLeadsAssignmentMovesTheCaseAReferralsOnlyItsOwn() {
        Assignment referral = Assignment.routed("am18-schuldhulp", Role.REFERRAL, 1);

        Assignment rejected = referral.apply(FeedbackType.REJECTED);

        assertThat(lead.movesTheCase()).isTrue();
        assertThat(rejected.movesTheCase()).isFalse();
        assertThat(rejected).isEqualTo(new Assignment("am18-schuldhulp", Role.REFERRAL, CaseStatus.REJECTED, 1));
    }

    @Test
    void aReportKeepsPartnerRoleAndRound() {
        Assignment later = Assignment.routed("am18-gemeente", Role.LEAD, 3).apply(FeedbackType.ACCEPTED);

        assertThat(later.partnerId()).isEqualTo("am18-gemeente");
        assertThat(later.role()).isEqualTo(Role.LEAD);
        assertThat(later.round()).isEqualTo(3);
    }

    @Test
    void theDeskTakesAnEscalatedCaseOverInTheCasesStatusAndMayAcceptIt() {
        Assignment desk = Assignment.escalatedTo("rmt-am18", 2);

        assertThat(desk).isEqualTo(new Assignment("rmt-am18", Role.LEAD, CaseStatus.ESCALATED, 2));
        assertThat(desk.apply(FeedbackType.ACCEPTED).status()).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void theFirstRoundIsOne() {
        assertThat(Assignment.routed("uwv", Role.LEAD, 1).round()).isEqualTo(1);
        assertThatThrownBy(() -> Assignment.routed("uwv", Role.LEAD, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void anAssignmentNamesItsPartner(String partnerId) {
        assertThatThrownBy(() -> Assignment.routed(partnerId, Role.LEAD, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.routed(null, Role.LEAD, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
