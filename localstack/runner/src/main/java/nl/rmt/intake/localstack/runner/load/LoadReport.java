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
public record LoadReport(int intakes, int clients, int accepted, int throttledRetries, Map<Integer, Integer> otherStatuses,
                         Duration sending, Duration settled, Percentiles toAnswer, Percentiles toRouted,
                         Percentiles toEmail, Map<Integer, Integer> casesByEmails,
                         Map<Integer, Integer> casesByPartnerMessages, int notRouted, int notConfirmed,
                         Reconciliation reconciliation, List<RequestMeter.Count> requests, CostModel cost) {

    static LoadReport of(int intakes, int clients, List<LoadClients.Sent> timed, Duration sending, Duration settled,
                         Map<String, CaseTimeline> timelines, Map<String, Integer> emailsByAddress,
                         Reconciliation reconciliation, List<RequestMeter.Count> requests, CostModel cost) {
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
        return new LoadReport(intakes, clients, accepted.size(),
                timed.stream().mapToInt(LoadClients.Sent::throttled).sum(), other, sending, settled,
                Percentiles.of(answer), Percentiles.of(routed.stream().mapToLong(Long::longValue).toArray()),
                Percentiles.of(emailed.stream().mapToLong(Long::longValue).toArray()), byEmails, byPartnerMessages,
                notRouted, notConfirmed, reconciliation, requests, cost);
    }

    /** Every intake accepted, routed and confirmed exactly once, nothing lost, stuck or duplicated. */
    public boolean clean() {
        return accepted == intakes && otherStatuses.isEmpty() && notRouted == 0 && notConfirmed == 0
                && casesByEmails.keySet().equals(java.util.Set.of(1)) && reconciliation.clean();
    }

    public double acceptedPerSecond() {
        return accepted * 1000.0 / Math.max(1, sending.toMillis());
    }

    public String text() {
        return String.format("""
                load run: %d intakes from %d clients, accepted %d in %.1f s: %.0f a second (%d retries after a 429; \
                other answers %s)
                  to the 202       p50 %d ms, p95 %d ms, p99 %d ms, max %d ms
                  until routed     p50 %d ms, p99 %d ms, max %d ms (%d not routed)
                  until the email  p50 %d ms, p99 %d ms, max %d ms (%d not confirmed)
                  emails per case  %s (emails: cases)
                  partner messages per case %s (messages: cases)
                  pipeline quiet %.1f s after the first intake
                  %s
                  %s""",
                intakes, clients, accepted, sending.toMillis() / 1000.0, acceptedPerSecond(), throttledRetries,
                otherStatuses, toAnswer.at(50), toAnswer.at(95), toAnswer.at(99), toAnswer.max(),
                toRouted.at(50), toRouted.at(99), toRouted.max(), notRouted,
                toEmail.at(50), toEmail.at(99), toEmail.max(), notConfirmed, casesByEmails, casesByPartnerMessages,
                settled.toMillis() / 1000.0, reconciliation.report(), clean() ? "CLEAN" : "NOT CLEAN")
                + System.lineSeparator() + requestsText() + cost.text();
    }

    /** The AWS requests counted, per intake, by caller, service and operation. */
    private String requestsText() {
        StringBuilder text = new StringBuilder("AWS requests per intake (DynamoDB units in brackets):\n");
        for (RequestMeter.Count count : requests) {
            text.append(String.format("  %-58s %-9s %-36s %7.3f", count.caller(), count.service(), count.operation(),
                    count.requests() / (double) intakes));
            if (count.readUnits() + count.writeUnits() > 0) {
                text.append(String.format("  (%.2f RRU, %.2f WRU)", count.readUnits() / intakes,
                        count.writeUnits() / intakes));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
