package nl.rmt.intake.handlers.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.application.CountsReport;
import nl.rmt.intake.domain.monitoring.Counts;
import nl.rmt.intake.domain.monitoring.PartnerCounts;
import nl.rmt.intake.domain.monitoring.PreventiveCounts;
import nl.rmt.intake.domain.monitoring.ReorganisationCounts;
import nl.rmt.intake.domain.monitoring.ReorganisationFunnel;
import nl.rmt.intake.domain.monitoring.SectorCounts;

/**
 * The counts as one long table for a spreadsheet's pivot table: a row per region and count, the {@code measure}
 * column saying which count it is and the columns it fills. There are no total rows: every count adds up over the
 * regions (a case belongs to one region, a reorganisation to the region that registered it), so the pivot's grand
 * total is the total. The reorganisations' columns come after {@code cases}, so that a sheet or script reading the
 * first ten columns by position reads them as before. The report is aggregate only.
 */
final class CountsCsv {

    static final List<String> HEADER = List.of("from", "to", "region", "region_name", "measure", "target_group",
            "status", "outcome", "partner", "cases", "reorganisation", "employer", "sector", "sector_name", "funnel");

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

    /** The funnel's stages as the {@code funnel} column names them, in funnel order. */
    static Map<String, Long> stages(ReorganisationFunnel funnel) {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("invited_jobs", funnel.invitedJobs());
        stages.put("intakes", funnel.intakes());
        stages.put("applications", funnel.applications());
        stages.put("in_coaching", funnel.inCoaching());
        stages.put("moved_to_work", funnel.movedToWork());
        stages.put("to_training", funnel.toTraining());
        stages.put("other", funnel.other());
        return stages;
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
            reorganisationRows(region.reorganisations());
        }

        private void reorganisationRows(PreventiveCounts preventive) {
            funnelRows("reorganisation_region", null, null, null, null, preventive.reorganisations(),
                    preventive.funnel());
            for (SectorCounts sector : preventive.bySector()) {
                funnelRows("reorganisation_sector", null, null, sector.sector(), sector.sectorName(),
                        sector.reorganisations(), sector.funnel());
            }
            for (ReorganisationCounts one : preventive.byReorganisation()) {
                funnelRows("reorganisation", one.reorganisationId(), one.employerName(), one.sector(), one.sectorName(), null,
                        one.funnel());
            }
        }

        /** @param reorganisations how many are added up; null for a row of one reorganisation */
        private void funnelRows(String measure, String reorganisation, String employer, String sector,
                                String sectorName, Long reorganisations, ReorganisationFunnel funnel) {
            Map<String, Long> stages = new LinkedHashMap<>();
            if (reorganisations != null) {
                stages.put("reorganisations", reorganisations);
            }
            stages.putAll(stages(funnel));
            stages.forEach((stage, number) -> {
                List<Object> fields = new ArrayList<>(Arrays.asList(report.from(), report.to(), region.code(),
                        region.name(), measure, null, null, null, null, number));
                fields.addAll(Arrays.asList(reorganisation, employer, sector, sectorName, stage));
                csv.row(fields);
            });
        }

        private void row(String measure, Object targetGroup, Object status, Object outcome, String partner,
                         long cases) {
            csv.row(Arrays.asList(report.from(), report.to(), region.code(), region.name(), measure, targetGroup,
                    status, outcome, partner, cases, null, null, null, null, null));
        }
    }
}
