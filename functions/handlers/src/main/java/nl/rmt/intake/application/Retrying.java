package nl.rmt.intake.application;

import java.util.function.Supplier;

/** Runs a read-decide-write step again when another writer changed the case in between. */
final class Retrying {

    /** Concurrent changes to one case are rare (one partner, one desk, the scheduler); three tries is plenty. */
    private static final int ATTEMPTS = 3;

    private Retrying() {
    }

    static <T> T onConcurrentChange(Supplier<T> step) {
        CaseStore.ConcurrentChangeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return step.get();
            } catch (CaseStore.ConcurrentChangeException e) {
                last = e;
            }
        }
        throw last;
    }
}
