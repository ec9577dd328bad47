package nl.rmt.intake.domain.monitoring;

import static nl.rmt.intake.domain.casefile.CaseStatus.ACCEPTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.CLOSED;
import static nl.rmt.intake.domain.casefile.CaseStatus.ROUTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.WITHDRAWN;
import static nl.rmt.intake.domain.classification.TargetGroup.DEBT;
import static nl.rmt.intake.domain.classification.TargetGroup.JOBSEEKER;
import static nl.rmt.intake.domain.classification.TargetGroup.ZZP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.Outcome;
import org.junit.jupiter.api.Test;

class CaseTallyTest {

    private static CaseSnapshot snapshot(Set<TargetGroup> groups, CaseStatus status, Outcome outcome, String lead,
                                         String... referrals) {
        return new CaseSnapshot(groups, status, outcome, lead, Set.of(referrals));
    }

    private static Counts counted(CaseSnapshot... snapshots) {
        CaseTally tally = new CaseTally();
        for (CaseSnapshot snapshot : snapshots) {
            tally.add(snapshot);
        }
        return tally.counts();
    }

    @Test
    void aCaseCountsOnceInEachOfItsTargetGroupsButOnceAsAnIntake() {
        Counts counts = counted(
                snapshot(Set.of(JOBSEEKER, DEBT), ROUTED, null, "uwv"),
                snapshot(Set.of(JOBSEEKER), ROUTED, null, "uwv"));

        assertThat(counts.intakes()).isEqualTo(2);
        assertThat(counts.byTargetGroup()).containsEntry(JOBSEEKER, 2L).containsEntry(DEBT, 1L)
                .containsEntry(ZZP, 0L);
        assertThat(counts.byStatus()).containsEntry(ROUTED, 2L);
    }

    @Test
    void aCaseWithoutTargetGroupsIsCountedAsSuch() {
        Counts counts = counted(snapshot(Set.of(), ROUTED, null, "rmt-am01"));

        assertThat(counts.withoutTargetGroup()).isEqualTo(1);
        assertThat(counts.byTargetGroup().values()).containsOnly(0L);
        assertThat(counts.byTargetGroupAndResult()).isEmpty();
    }

    @Test
    void outcomesAreCountedForClosedCasesOnly() {
        Counts counts = counted(
                snapshot(Set.of(ZZP), CLOSED, Outcome.WORK, "am27-zzp-project"),
                snapshot(Set.of(ZZP), WITHDRAWN, Outcome.TRAINING, "am27-zzp-project"),
                snapshot(Set.of(ZZP), ACCEPTED, null, "am27-zzp-project"));

        assertThat(counts.byOutcome()).containsEntry(Outcome.WORK, 1L).containsEntry(Outcome.TRAINING, 0L);
        assertThat(counts.byStatus()).containsEntry(CLOSED, 1L).containsEntry(WITHDRAWN, 1L).containsEntry(ACCEPTED, 1L);
    }

    @Test
    void everyStatusTargetGroupAndOutcomeIsListedInTheDomainsOrderZerosIncluded() {
        Counts counts = counted(snapshot(Set.of(ZZP), CLOSED, Outcome.NO_SHOW, "uwv"));

        assertThat(counts.byStatus().keySet()).containsExactly(CaseStatus.values());
        assertThat(counts.byTargetGroup().keySet()).containsExactly(TargetGroup.values());
        assertThat(counts.byOutcome().keySet()).containsExactly(Outcome.values());
        assertThat(new CaseTally().counts().intakes()).isZero();
    }

    @Test
    void aPartnerCountsTheCasesItLeadsTheCasesItWasReferredAndHowItsLeadCasesEnded() {
        Counts counts = counted(
                snapshot(Set.of(JOBSEEKER, DEBT), CLOSED, Outcome.WORK, "uwv", "am18-schuldhulp"),
                snapshot(Set.of(JOBSEEKER), ACCEPTED, null, "uwv"),
                snapshot(Set.of(DEBT), CLOSED, Outcome.REFERRED, "am18-schuldhulp"));

        assertThat(counts.byPartner()).extracting(PartnerCounts::partnerId).containsExactly("am18-schuldhulp", "uwv");
        PartnerCounts debtCounselling = counts.byPartner().get(0);
        PartnerCounts uwv = counts.byPartner().get(1);
        assertThat(uwv.lead()).isEqualTo(2);
        assertThat(uwv.referral()).isZero();
        assertThat(uwv.leadOutcomes()).containsEntry(Outcome.WORK, 1L).containsEntry(Outcome.REFERRED, 0L);
        assertThat(debtCounselling.lead()).isEqualTo(1);
        assertThat(debtCounselling.referral()).isEqualTo(1);
        assertThat(debtCounselling.leadOutcomes()).containsEntry(Outcome.REFERRED, 1L).containsEntry(Outcome.WORK, 0L);
    }

    @Test
    void theCrossTabulationCountsEachGroupByStatusAndOutcomeOfClosedCases() {
        Counts counts = counted(
                snapshot(Set.of(ZZP, DEBT), CLOSED, Outcome.WORK, "am27-zzp-project"),
                snapshot(Set.of(ZZP), CLOSED, Outcome.WORK, "am27-zzp-project"),
                snapshot(Set.of(ZZP), ROUTED, null, "am27-zzp-project"));

        assertThat(counts.byTargetGroupAndResult()).containsExactly(
                new TargetGroupResult(ZZP, ROUTED, null, 1),
                new TargetGroupResult(ZZP, CLOSED, Outcome.WORK, 2),
                new TargetGroupResult(DEBT, CLOSED, Outcome.WORK, 1));
    }

    @Test
    void tallyingRegionsSeparatelyAndAddingThemUpGivesTheSameCountsAsOneTally() {
        CaseSnapshot[] north = {
            snapshot(Set.of(JOBSEEKER), CLOSED, Outcome.WORK, "uwv"),
            snapshot(Set.of(), ROUTED, null, "rmt-am01")};
        CaseSnapshot[] south = {
            snapshot(Set.of(JOBSEEKER, DEBT), CLOSED, Outcome.WORK, "uwv", "am27-gemeente"),
            snapshot(Set.of(ZZP), ROUTED, null, "am27-zzp-project")};
        CaseTally northTally = new CaseTally();
        CaseTally southTally = new CaseTally();
        CaseTally together = new CaseTally();
        for (CaseSnapshot snapshot : north) {
            northTally.add(snapshot);
            together.add(snapshot);
        }
        for (CaseSnapshot snapshot : south) {
            southTally.add(snapshot);
            together.add(snapshot);
        }

        assertThat(new CaseTally().addAll(northTally).addAll(southTally).counts()).isEqualTo(together.counts());
    }
}
