package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.classification.TargetGroup.DEBT;
import static nl.rmt.intake.domain.classification.TargetGroup.JOBSEEKER;
import static nl.rmt.intake.domain.classification.TargetGroup.NEWCOMER;
import static nl.rmt.intake.domain.classification.TargetGroup.TRAINING;
import static nl.rmt.intake.domain.classification.TargetGroup.YOUTH;
import static nl.rmt.intake.domain.classification.TargetGroup.ZZP;
import static nl.rmt.intake.domain.routing.Cases.groups;
import static nl.rmt.intake.domain.routing.Cases.inRegion;
import static nl.rmt.intake.domain.routing.IntakeForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;

class RouterReferralsTest {

    private final Router router = new Router(RoutingData.loadDefault());

    @Test
    void eachNeedsGroupIsReferredToItsPartnerTypeInRuleOrder() {
        RoutingDecision decision = router.decide(aForm().benefit(Benefit.WW).build(), inRegion("AM18"),
                groups(NEWCOMER, JOBSEEKER, TRAINING, DEBT));

        assertThat(decision.lead().partner().id()).isEqualTo("uwv");
        assertThat(decision.referrals())
                .extracting(recipient -> recipient.partner().id(), Recipient::role, Recipient::because)
                .containsExactly(
                        tuple("am18-schuldhulp", Role.REFERRAL, List.of(DEBT)),
                        tuple("am18-onderwijs", Role.REFERRAL, List.of(TRAINING)),
                        tuple("am18-gemeente", Role.REFERRAL, List.of(NEWCOMER)));
        assertThat(decision.skippedReferrals()).isEmpty();
    }

    @Test
    void groupsWithoutAReferralRuleReferNobody() {
        RoutingDecision decision = router.decide(aForm().benefit(Benefit.WW).build(), inRegion("AM18"),
                groups(JOBSEEKER, YOUTH, ZZP));

        assertThat(decision.referrals()).isEmpty();
        assertThat(decision.skippedReferrals()).isEmpty();
    }

    @Test
    void aReferralWithoutConsentIsSkippedWithTheReason() {
        RoutingDecision decision = router.decide(aForm().benefit(Benefit.WW).withoutConsentFor(PartnerType.SCHULDHULP).build(),
                inRegion("AM18"), groups(DEBT, TRAINING));

        assertThat(decision.referrals()).extracting(recipient -> recipient.partner().id()).containsExactly("am18-onderwijs");
        assertThat(decision.skippedReferrals())
                .containsExactly(new SkippedReferral(DEBT, PartnerType.SCHULDHULP, "no consent for SCHULDHULP"));
    }

    @Test
    void theLeadsOwnPartnerGetsNoSecondMessage() {
        RoutingDecision decision = router.decide(aForm().benefit(Benefit.BIJSTAND).build(), inRegion("AM18"),
                groups(NEWCOMER));

        assertThat(decision.lead().partner().id()).isEqualTo("am18-gemeente");
        assertThat(decision.referrals()).isEmpty();
        assertThat(decision.skippedReferrals()).singleElement().satisfies(skipped -> {
            assertThat(skipped.group()).isEqualTo(NEWCOMER);
            assertThat(skipped.reason()).contains("same partner as the lead", "am18-gemeente");
        });
    }

    @Test
    void aYoungPersonWithoutQualificationLedBySchoolIsNotAlsoReferredToIt() {
        RoutingDecision decision = router.decide(aForm().hasBasicQualification(false).build(), inRegion("AM01"),
                groups(YOUTH, TRAINING));

        assertThat(decision.lead().partner().id()).isEqualTo("sbb");
        assertThat(decision.referrals()).isEmpty();
        assertThat(decision.skippedReferrals()).extracting(SkippedReferral::group).containsExactly(TRAINING);
    }

    @Test
    void aReferralThatFallsBackToTheDeskGoesToTheDeskWhenSomeoneElseLeads() {
        RoutingDecision decision = router.decide(aForm().benefit(Benefit.WW).build(), inRegion("AM01"), groups(DEBT));

        assertThat(decision.lead().partner().id()).isEqualTo("uwv");
        assertThat(decision.referrals()).extracting(recipient -> recipient.partner().id()).containsExactly("rmt-am01");
    }

    @Test
    void aReferralThatFallsBackToTheDeskIsSkippedWhenTheDeskLeads() {
        RoutingDecision decision = router.decide(aForm().build(), inRegion("AM01"), groups(JOBSEEKER, DEBT));

        assertThat(decision.lead().partner().id()).isEqualTo("rmt-am01");
        assertThat(decision.referrals()).isEmpty();
        assertThat(decision.skippedReferrals()).extracting(SkippedReferral::group).containsExactly(DEBT);
    }

    @Test
    void aLeadMovedToTheDeskForLackOfConsentAlsoAbsorbsReferralsToTheDesk() {
        RoutingDecision decision = router.decide(aForm().benefit(Benefit.WW).withoutConsentFor(PartnerType.UWV).build(),
                inRegion("AM01"), groups(DEBT));

        assertThat(decision.lead().partner().id()).isEqualTo("rmt-am01");
        assertThat(decision.referrals()).isEmpty();
    }

    @Test
    void twoGroupsResolvingToOnePartnerGiveOneMessageNamingBothGroups() {
        RoutingDecision decision = router.decide(aForm().benefit(Benefit.WW).build(), inRegion("AM01"),
                groups(DEBT, NEWCOMER));

        assertThat(decision.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.partner().id()).isEqualTo("rmt-am01");
            assertThat(referral.because()).containsExactly(DEBT, NEWCOMER);
        });
        assertThat(decision.skippedReferrals()).singleElement().satisfies(skipped -> {
            assertThat(skipped.group()).isEqualTo(NEWCOMER);
            assertThat(skipped.type()).isEqualTo(PartnerType.GEMEENTE);
            assertThat(skipped.reason()).contains("already referred to rmt-am01");
        });
    }

    @Test
    void everyPartnerAppearsAtMostOnceAmongTheRecipients() {
        RoutingDecision decision = router.decide(aForm().build(), inRegion("AM01"), groups(DEBT, TRAINING, NEWCOMER, YOUTH));

        assertThat(decision.recipients()).extracting(recipient -> recipient.partner().id()).doesNotHaveDuplicates();
        assertThat(decision.recipients().get(0).role()).isEqualTo(Role.LEAD);
    }
}
