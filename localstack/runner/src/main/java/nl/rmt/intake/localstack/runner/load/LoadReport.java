package nl.rmt.intake.localstack.runner.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.rmt.intake.localstack.metering.RequestMeter;
import nl.rmt.intake.localstack.runner.fault.Reconciliation;

/**
 * The load run's figures: accepted per second and the time to the 202 (from the clients), the time until each
 * case was routed and its email sent (from the case's own records), emails and partner messages per case, and the
 * reconciliation of every case (lost, stuck, duplicates).
 */
public record LoadReport(int intakes, int clients, double rate, int accepted, int throttledRetries, Map<Integer, Integer> otherStatuses,
                         Duration sending, Duration settled, Percentiles toAnswer, Percentiles toRouted,
                         Percentiles toEmail, Map<Integer, Integer> casesByEmails,
                         Map<Integer, Integer> casesByPartnerMessages, int notRouted, int notConfirmed,
                         Reconciliation reconciliation, MeteredPhase pipeline, CostModel cost,
                         List<CaseLife.Step> life) {

    static LoadReport of(int intakes, int clients, double rate, List<LoadClients.Sent> timed, Duration sending, Duration settled,
                         Map<String, CaseTimeline> timelines, Map<String, Integer> emailsByAddress,
                         Reconciliation reconciliation, MeteredPhase pipeline, CostModel cost,
                         List<CaseLife.Step> life) {
        List<LoadClients.Sent> accepted = timed.stream().filter(sent -> sent.status() == 202).toList();
        Map<Integer, Integer> other = new TreeMap<>();
        timed.stream().filter(sent -> sent.status() != 202).forEach(sent -> other.merge(sent.status(), 1, Integer::sum));
        long[] answer = accepted.stream().mapToLong(sent -> sent.nanosToAnswer() / 1_000_000).toArray();
        Map<Integer, Integer> byEmails = new TreeMap<>();
        Map<Integer, Integer> byPartnerMessages = new TreeMap<>();
        List<Long> routed = new java.util.ArrayList<>();
        List<Long> emailed = new java.util.ArrayList<>();
        int notRouted = 0;
        int notConfirmed = 0;
        for (LoadClients.Sent sent : accepted) {
            CaseTimeline timeline = timelines.get(sent.caseId());
            byEmails.merge(emailsByAddress.getOrDefault(sent.email(), 0), 1, Integer::sum);
            if (timeline == null || timeline.routedAt() == null) {
                notRouted++;
                continue;
            }
            byPartnerMessages.merge(timeline.partnerMessagesSent(), 1, Integer::sum);
            routed.add(timeline.routedAt().toEpochMilli() - sent.sentAtMillis());
            if (timeline.confirmationSentAt() == null) {
                notConfirmed++;
            } else {
                emailed.add(timeline.confirmationSentAt().toEpochMilli() - sent.sentAtMillis());
            }
        }
        return new LoadReport(intakes, clients, rate, accepted.size(),
                timed.stream().mapToInt(LoadClients.Sent::throttled).sum(), other, sending, settled,
                Percentiles.of(answer), Percentiles.of(routed.stream().mapToLong(Long::longValue).toArray()),
                Percentiles.of(emailed.stream().mapToLong(Long::longValue).toArray()), byEmails, byPartnerMessages,
                notRouted, notConfirmed, reconciliation, pipeline, cost, life);
    }

    /**
     * Every intake accepted, routed and confirmed exactly once, nothing lost, stuck or duplicated; every case of the
     * life sample accepted, closed and erased.
     */
    public boolean clean() {
        return accepted == intakes && otherStatuses.isEmpty() && notRouted == 0 && notConfirmed == 0
                && casesByEmails.keySet().equals(java.util.Set.of(1)) && reconciliation.clean()
                && life.stream().allMatch(step -> step.done() == step.cases());
    }

    /** Dollars per 1,000 intakes through their whole life: to the confirmation, then the sample's later steps. */
    public double wholeLifeDollarsPerThousand() {
        return cost.dollarsPerThousand() + life.stream().mapToDouble(step -> step.cost().dollarsPerThousand()).sum();
    }

    public double acceptedPerSecond() {
        return accepted * 1000.0 / Math.max(1, sending.toMillis());
    }

    public String text() {
        return String.format("""
                load run: %d intakes from %d clients, %s, accepted %d in %.1f s: %.0f a second (%d retries after \
                a 429; other answers %s)
                  to the 202       p50 %d ms, p95 %d ms, p99 %d ms, max %d ms
                  until routed     p50 %d ms, p99 %d ms, max %d ms (%d not routed)
                  until the email  p50 %d ms, p99 %d ms, max %d ms (%d not confirmed)
                  emails per case  %s (emails: cases)
                  partner messages per case %s (messages: cases)
                  pipeline quiet %.1f s after the first intake; %s
                  %s
                  %s""",
                intakes, clients, rate > 0 ? String.format("paced at %.1f a second", rate) : "a burst",
                accepted, sending.toMillis() / 1000.0, acceptedPerSecond(), throttledRetries,
                otherStatuses, toAnswer.at(50), toAnswer.at(95), toAnswer.at(99), toAnswer.max(),
                toRouted.at(50), toRouted.at(99), toRouted.max(), notRouted,
                toEmail.at(50), toEmail.at(99), toEmail.max(), notConfirmed, casesByEmails, casesByPartnerMessages,
                settled.toMillis() / 1000.0, pipeline.load().text(), reconciliation.report(), clean() ? "CLEAN" : "NOT CLEAN")
                + System.lineSeparator() + requestsText("intake to confirmation", pipeline, intakes)
                + logText(pipeline, intakes) + cost.text() + System.lineSeparator() + lifeText();
    }

    private String lifeText() {
        StringBuilder text = new StringBuilder();
        for (CaseLife.Step step : life) {
            text.append(String.format("%s of %d sampled cases: %d went through; %s%n", step.name(), step.cases(),
                    step.done(), step.metered().load().text()));
            text.append(requestsText(step.name(), step.metered(), step.cases()));
            text.append(logText(step.metered(), step.cases()));
            text.append(step.cost().text()).append(System.lineSeparator());
        }
        return text.append(String.format("whole life, per 1,000 intakes: $%.4f%n", wholeLifeDollarsPerThousand()))
                .toString();
    }

    /** The bytes per case the functions would send to CloudWatch Logs, by source, the most first. */
    private static String logText(MeteredPhase metered, int cases) {
        StringBuilder text = new StringBuilder("  CloudWatch Logs per case by source (lines, bytes):")
                .append(System.lineSeparator());
        metered.usage().forEach((function, used) -> {
            if (used.invocations() > 0) {
                text.append(String.format("    %-26s %-100.100s %6.3f %8.1f%n", function.definition().logicalId(),
                        "Lambda's START, END and REPORT lines", 3.0 * used.invocations() / cases,
                        CostModel.PLATFORM_LOG_BYTES_PER_INVOCATION * used.invocations() / (double) cases));
            }
        });
        for (LogMeter.Source source : metered.logSources()) {
            text.append(String.format("    %-26s %-100.100s %6.3f %8.1f%n", source.function(), source.what(),
                    source.lines() / (double) cases, source.bytes() / (double) cases));
        }
        return text.toString();
    }

    /**
     * The AWS requests counted, per intake or case, by caller, service and operation, then the write units by item
     * kind and index.
     */
    private static String requestsText(String phase, MeteredPhase metered, int cases) {
        StringBuilder text = new StringBuilder(String.format(
                "AWS requests per case, %s (DynamoDB units in brackets: write units by AWS's rules, then as DynamoDB "
                        + "Local reported them):%n", phase));
        for (RequestMeter.Count count : metered.requests()) {
            text.append(String.format("  %-58s %-9s %-36s %7.3f", count.caller(), count.service(), count.operation(),
                    count.requests() / (double) cases));
            if (count.readUnits() + count.writeUnits() + count.localWriteUnits() > 0) {
                text.append(String.format("  (%.2f RRU, %.2f WRU; Local %.2f WRU)", count.readUnits() / cases,
                        count.writeUnits() / cases, count.localWriteUnits() / cases));
            }
            text.append(System.lineSeparator());
        }
        text.append("  write units per case by item and index (AWS's rules):").append(System.lineSeparator());
        for (RequestMeter.Part part : metered.parts()) {
            text.append(String.format("    %-58s %-20s %-16s %7.3f writes %7.2f WRU%n", part.caller(),
                    part.operation(), part.what(), part.writes() / (double) cases, part.writeUnits() / cases));
        }
        return text.toString();
    }
}
