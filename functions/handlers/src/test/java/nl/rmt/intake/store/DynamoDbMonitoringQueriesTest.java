package nl.rmt.intake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.domain.monitoring.CaseTally;
import nl.rmt.intake.domain.monitoring.Counts;
import nl.rmt.intake.domain.monitoring.PartnerCounts;
import nl.rmt.intake.domain.monitoring.ReportingPeriod;
import nl.rmt.intake.domain.monitoring.TargetGroupResult;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.testing.DatedCases;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counting from the region index of DynamoDB Local, provisioned from template.yaml. Every test has days of its own in
 * 2025, which no other test's cases fall in.
 */
class DynamoDbMonitoringQueriesTest {

    private static DynamoDbMonitoringQueries queries;

    @BeforeAll
    static void startStack() {
        queries = new DynamoDbMonitoringQueries(LocalStack.stack().dynamoDb(), LocalStack.table());
    }

    @Test
    void countsTheCasesSubmittedFromDutchMidnightToDutchMidnightAndNoneJustOutside() {
        ReportingPeriod day = period("2025-02-03", "2025-02-03");
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2025-02-02T22:59:59.999Z"));
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2025-02-02T23:00:00Z"));
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2025-02-03T22:59:59.999Z"));
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2025-02-03T23:00:00Z"));

        assertThat(counts("AM18", day).intakes()).isEqualTo(2);
    }

    @Test
    void theDayTheClocksGoForwardEndsAtTenPmUtc() {
        ReportingPeriod springForward = period("2025-03-30", "2025-03-30");
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2025-03-29T23:00:00Z"));
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2025-03-30T21:59:59.999Z"));
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2025-03-30T22:00:00Z"));

        assertThat(counts("AM18", springForward).intakes()).isEqualTo(2);
        assertThat(counts("AM18", period("2025-03-31", "2025-03-31")).intakes()).isEqualTo(1);
    }

    @Test
    void anotherRegionsCasesAreNotCountedInThisRegion() {
        ReportingPeriod day = period("2025-02-10", "2025-02-10");
        DatedCases.submittedAt("jobbank-wajong-amsterdam", Instant.parse("2025-02-10T09:00:00Z"));
        DatedCases.submittedAt("zzp-noordoost-brabant", Instant.parse("2025-02-10T09:00:00Z"));
        DatedCases.submittedAt("zzp-noordoost-brabant", Instant.parse("2025-02-10T10:00:00Z"));

        Map<String, CaseTally> tallies = queries.tallyByRegion(List.of("AM18", "AM27", "AM01"), day.start(), day.end());

        assertThat(tallies.get("AM18").counts().intakes()).isEqualTo(1);
        assertThat(tallies.get("AM27").counts().intakes()).isEqualTo(2);
        assertThat(tallies.get("AM27").counts().byTargetGroup()).containsEntry(TargetGroup.ZZP, 2L);
        assertThat(tallies.get("AM01").counts().intakes()).isZero();
    }

    @Test
    void readsStatusOutcomeLeadAndReferralsFromTheIndexAlone() {
        ReportingPeriod day = period("2025-02-11", "2025-02-11");
        String closed = DatedCases.routedAt("at-risk-employee-drechtsteden", Instant.parse("2025-02-11T08:00:00Z"));
        DatedCases.closed(closed, Outcome.WORK);
        DatedCases.routedAt("at-risk-employee-drechtsteden", Instant.parse("2025-02-11T09:00:00Z"));

        Counts counts = counts("AM23", day);

        assertThat(counts.intakes()).isEqualTo(2);
        assertThat(counts.byStatus()).containsEntry(CaseStatus.CLOSED, 1L).containsEntry(CaseStatus.ROUTED, 1L);
        assertThat(counts.byOutcome()).containsEntry(Outcome.WORK, 1L);
        assertThat(counts.byPartner()).extracting(PartnerCounts::partnerId, PartnerCounts::lead,
                        PartnerCounts::referral)
                .containsExactly(tuple("am23-schuldhulp", 0L, 2L),
                        tuple("vakbonden", 2L, 0L));
        assertThat(counts.byPartner().get(1).leadOutcomes()).containsEntry(Outcome.WORK, 1L);
        assertThat(counts.byTargetGroupAndResult()).contains(
                new TargetGroupResult(TargetGroup.AT_RISK_EMPLOYEE, CaseStatus.CLOSED, Outcome.WORK, 1),
                new TargetGroupResult(TargetGroup.AT_RISK_EMPLOYEE, CaseStatus.ROUTED, null, 1));
    }

    @Test
    void aCaseWhosePersonalDataIsErasedIsStillCountedWithItsGroupsAndOutcome() {
        ReportingPeriod day = period("2025-02-12", "2025-02-12");
        String caseId = DatedCases.routedAt("zzp-noordoost-brabant", Instant.parse("2025-02-12T08:00:00Z"));
        DatedCases.closed(caseId, Outcome.TRAINING);
        DatedCases.erased(caseId);

        Counts counts = counts("AM27", day);

        assertThat(LocalStack.caseItem(caseId)).doesNotContainKey("person");
        assertThat(counts.intakes()).isEqualTo(1);
        assertThat(counts.byTargetGroup()).containsEntry(TargetGroup.ZZP, 1L);
        assertThat(counts.byOutcome()).containsEntry(Outcome.TRAINING, 1L);
        assertThat(counts.byPartner()).extracting(PartnerCounts::partnerId).containsExactly("am27-zzp-project");
    }

    @Test
    void everyRegionIsCountedWhenAllAreAskedFor() {
        ReportingPeriod day = period("2025-02-13", "2025-02-13");
        DatedCases.submittedAt("newcomer-amsterdam", Instant.parse("2025-02-13T12:00:00Z"));
        List<String> all = Municipalities.loadDefault().regions().stream().map(LabourMarketRegion::code).toList();

        Map<String, CaseTally> tallies = queries.tallyByRegion(all, day.start(), day.end());

        assertThat(tallies).hasSize(35).containsKeys("AM01", "AM38");
        assertThat(tallies.values().stream().mapToLong(tally -> tally.counts().intakes()).sum()).isEqualTo(1);
    }

    @Test
    void aRegionWithMoreCasesThanOnePageIsCountedWhole() {
        ReportingPeriod day = period("2025-02-14", "2025-02-14");
        Instant at = Instant.parse("2025-02-14T07:00:00Z");
        for (int i = 0; i < 25; i++) {
            DatedCases.submittedAt("youth-employed-no-consent-groningen", at.plusSeconds(i));
        }
        DynamoDbMonitoringQueries pagesOfTen =
                new DynamoDbMonitoringQueries(LocalStack.stack().dynamoDb(), LocalStack.table(), 10);

        CaseTally tally = pagesOfTen.tallyByRegion(List.of("AM01"), day.start(), day.end()).get("AM01");

        assertThat(tally.counts().intakes()).isEqualTo(25);
    }

    private static Counts counts(String region, ReportingPeriod period) {
        return queries.tallyByRegion(List.of(region), period.start(), period.end()).get(region).counts();
    }

    private static ReportingPeriod period(String from, String to) {
        return new ReportingPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }
}
