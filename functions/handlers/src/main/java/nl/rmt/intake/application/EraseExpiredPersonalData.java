package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.casefile.RetentionPolicy;

/**
 * Erases the personal data of every case past its retention: closed cases some days after closing, and cases
 * that never closed at their maximum age. The case keeps its status, partners, groups and outcome for the
 * programme's counts; its history records the erasure. Safe to run again: an erased case leaves the index.
 */
public final class EraseExpiredPersonalData {

    static final String ACTOR = "system:retention";

    /** Why a case's personal data was erased. */
    public enum Why { AFTER_CLOSING, MAXIMUM_AGE }

    public record Erased(String caseId, String region, Why why) {
    }

    private final CaseStore store;
    private final RetentionPolicy policy;
    private final Clock clock;

    public EraseExpiredPersonalData(CaseStore store, RetentionPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * @param timeLeft asked before each case; when it says no, the run stops and the next one goes on
     * @return the cases erased by this run
     */
    public List<Erased> run(BooleanSupplier timeLeft) {
        Instant now = clock.instant();
        List<Erased> erased = new ArrayList<>();
        for (String caseId : store.casesClosedBefore(policy.closedBefore(now))) {
            if (!timeLeft.getAsBoolean()) {
                return erased;
            }
            Retrying.onConcurrentChange(() -> erase(caseId, now, Why.AFTER_CLOSING)).ifPresent(erased::add);
        }
        for (String caseId : store.openCasesSubmittedBefore(policy.submittedBefore(now))) {
            if (!timeLeft.getAsBoolean()) {
                return erased;
            }
            Retrying.onConcurrentChange(() -> erase(caseId, now, Why.MAXIMUM_AGE)).ifPresent(erased::add);
        }
        return erased;
    }

    private Optional<Erased> erase(String caseId, Instant now, Why why) {
        Optional<CaseRecord> loaded = store.load(caseId);
        if (loaded.isEmpty() || loaded.get().isErased()) {
            return Optional.empty();
        }
        CaseRecord record = loaded.get();
        if (why == Why.MAXIMUM_AGE && record.status() == CaseStatus.CLOSED) {
            // Closed since the index was read: from now on the time since closing counts.
            return Optional.empty();
        }
        String reason = why == Why.AFTER_CLOSING
                ? "personal data erased " + policy.daysAfterClose() + " days after closing"
                : "personal data erased at the maximum age of " + policy.maxAgeDays() + " days";
        store.apply(CaseChange.on(record, now)
                .note(record.status(), record.status(), ACTOR, reason)
                .erasePersonalData());
        return Optional.of(new Erased(caseId, record.region(), why));
    }
}
