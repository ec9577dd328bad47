package nl.rmt.intake.localstack.runner.hostile;

import java.util.Map;
import java.util.TreeMap;

/** What a hostile-input run found, per route and in total; clean when no rule was broken. */
public final class HostileRunSummary {

    private final Map<String, Integer> sentPerRoute = new TreeMap<>();
    private final Map<Integer, Integer> statusCounts = new TreeMap<>();
    private final Map<String, Integer> serverErrorsPerRoute = new TreeMap<>();
    private int sent;
    private int serverErrors;
    private int stored;
    private int notFieldLevel;
    private int echoed;
    private int logged;
    private int logLines;
    private long elapsedNanos;

    void record(HostileRequests.Request request, int status, boolean storedSomething, boolean fieldLevel,
                boolean echoedSomething) {
        sent++;
        sentPerRoute.merge(request.route(), 1, Integer::sum);
        statusCounts.merge(status, 1, Integer::sum);
        if (status >= 500) {
            serverErrors++;
            serverErrorsPerRoute.merge(request.route() + " " + status, 1, Integer::sum);
        }
        stored += storedSomething ? 1 : 0;
        notFieldLevel += fieldLevel ? 0 : 1;
        echoed += echoedSomething ? 1 : 0;
    }

    void finish(long elapsed, int loggedMarkers, int capturedLogLines) {
        this.elapsedNanos = elapsed;
        this.logged = loggedMarkers;
        this.logLines = capturedLogLines;
    }

    public boolean clean() {
        return serverErrors == 0 && stored == 0 && notFieldLevel == 0 && echoed == 0 && logged == 0;
    }

    public int sent() {
        return sent;
    }

    public int serverErrors() {
        return serverErrors;
    }

    public int stored() {
        return stored;
    }

    public int notFieldLevel() {
        return notFieldLevel;
    }

    public int echoed() {
        return echoed;
    }

    public int logged() {
        return logged;
    }

    public Map<String, Integer> sentPerRoute() {
        return Map.copyOf(sentPerRoute);
    }

    public Map<Integer, Integer> statusCounts() {
        return Map.copyOf(statusCounts);
    }

    public String report() {
        StringBuilder report = new StringBuilder("Hostile-input run: ").append(sent).append(" requests in ")
                .append(elapsedNanos / 1_000_000_000.0).append(" s\n");
        sentPerRoute.forEach((route, count) -> report.append("  ").append(route).append(": ").append(count)
                .append('\n'));
        report.append("status counts: ").append(statusCounts).append('\n');
        report.append("5xx: ").append(serverErrors).append(serverErrorsPerRoute.isEmpty() ? "" : " " + serverErrorsPerRoute)
                .append('\n');
        report.append("stored: ").append(stored).append('\n');
        report.append("400 without field errors: ").append(notFieldLevel).append('\n');
        report.append("echoed: ").append(echoed).append('\n');
        report.append("logged: ").append(logged).append(" (of ").append(logLines).append(" log lines)\n");
        return report.append(clean() ? "clean" : "NOT CLEAN").toString();
    }
}
