package nl.rmt.intake.localstack.runner.fault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a run's client sent and was answered, for {@link Reconciliation}. */
public final class Submissions {

    /** Case id → the citizen's (unique) email address. */
    final Map<String, String> accepted = new LinkedHashMap<>();
    final Map<String, Boolean> hostileCase = new LinkedHashMap<>();
    final Map<Integer, Integer> failedByStatus = new TreeMap<>();
    int sent;
    int replays;
    int replaysWithAnotherCase;
    int refused;
    int hostileRefused;
    int serverErrorsRetried;

    public void accepted(String caseId, String email, boolean hostile, boolean replay) {
        sent++;
        if (replay) {
            replays++;
            if (!accepted.containsKey(caseId)) {
                replaysWithAnotherCase++;
            }
        }
        accepted.putIfAbsent(caseId, email);
        hostileCase.putIfAbsent(caseId, hostile);
    }

    public void refused(boolean hostile) {
        sent++;
        refused++;
        if (hostile) {
            hostileRefused++;
        }
    }

    public void failed(int status) {
        sent++;
        failedByStatus.merge(status, 1, Integer::sum);
    }

    void serverErrorRetried() {
        serverErrorsRetried++;
    }

    Set<String> caseIds() {
        return accepted.keySet();
    }
}
