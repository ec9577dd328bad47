package nl.rmt.intake.handlers.monitoring;

import java.util.Arrays;
import java.util.List;
import nl.rmt.intake.application.CountsReport;
import nl.rmt.intake.domain.monitoring.Counts;
import nl.rmt.intake.domain.monitoring.PartnerCounts;

/**
 * The counts as one long table for a spreadsheet's pivot table: a row per region and count, the {@code measure}
 * column saying which count it is and the columns it fills. There are no total rows: every count adds up over the
 * regions (a case belongs to one region), so the pivot's grand total is the total. The report is aggregate only.
 */
final class CountsCsv {

    static final List<String> HEADER = List.of("from", "to", "region", "region_name", "measure", "target_group",
            "status", "outcome", "partner", "cases");

    private CountsCsv() {
    }

    static String of(CountsReport report) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (CountsReport.RegionCounts region : report.regions()) {
            new RegionRows(report, region, csv).write();
        }
        return csv.toString();
    }

    static String fileName(CountsReport report) {
        return "rmt-counts-" + report.from() + "-" + report.to() + ".csv";
    }

    private record RegionRows(CountsReport report, CountsReport.RegionCounts region, CsvWriter csv) {

        void write() {
            Counts counts = region.counts();
            row("intakes", null, null, null, null, counts.intakes());
            counts.byTargetGroup().forEach((group, cases) -> row("target_group", group, null, null, null, cases));
            row("without_target_group", null, null, null, null, counts.withoutTargetGroup());
            counts.byStatus().forEach((status, cases) -> row("status", null, status, null, null, cases));
            counts.byOutcome().forEach((outcome, cases) -> row("outcome", null, null, outcome, null, cases));
            for (PartnerCounts partner : counts.byPartner()) {
                row("partner_lead", null, null, null, partner.partnerId(), partner.lead());
                row("partner_referral", null, null, null, partner.partnerId(), partner.referral());
                partner.leadOutcomes().forEach((outcome, cases) ->
                        row("partner_lead_outcome", null, null, outcome, partner.partnerId(), cases));
            }
            counts.byTargetGroupAndResult().forEach(cell -> row("target_group_result", cell.targetGroup(),
                    cell.status(), cell.outcome(), null, cell.cases()));
        }

        private void row(String measure, Object targetGroup, Object status, Object outcome, String partner,
                         long cases) {
            csv.row(Arrays.asList(report.from(), report.to(), region.code(), region.name(), measure, targetGroup,
                    status, outcome, partner, cases));
        }
    }
}
