package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Sends, from the table, outbox messages still waiting some minutes after they were stored: their stream record
 * was lost, or every retry of it failed. The same dispatch as the stream's, so the two may overlap safely: the
 * queues drop a second copy by its deduplication id, and routing and parking are conditional writes.
 */
public final class SweepOutbox {

    private final CaseStore store;
    private final DispatchOutbox dispatchOutbox;
    private final Clock clock;
    private final Duration minimumAge;
    private final int maximumPerRun;

    /**
     * @param minimumAge    younger messages are left to the stream, which normally sends them within a second
     * @param maximumPerRun bounds one run; the next run takes the rest
     */
    public SweepOutbox(CaseStore store, DispatchOutbox dispatchOutbox, Clock clock, Duration minimumAge,
            int maximumPerRun) {
        this.store = store;
        this.dispatchOutbox = dispatchOutbox;
        this.clock = clock;
        this.minimumAge = minimumAge;
        this.maximumPerRun = maximumPerRun;
    }

    /** @param timeLeft false once the run should stop; what it did not reach stays for the next run */
    public Run run(BooleanSupplier timeLeft) {
        List<Swept> swept = new ArrayList<>();
        int failed = 0;
        List<OutboxRef> waiting = store.pendingOutboxBefore(clock.instant().minus(minimumAge), maximumPerRun);
        for (OutboxRef ref : waiting) {
            if (!timeLeft.getAsBoolean()) {
                break;
            }
            try {
                var pending = store.loadPendingOutbox(ref.caseId(), ref.outboxId());
                if (pending.isPresent()) {
                    swept.add(new Swept(pending.get(),
                            dispatchOutbox.dispatch(ref.caseId(), pending.get().message())));
                }
            } catch (RuntimeException e) {
                // Still waiting, so still in the index: the next run tries again. One failure stops no other.
                failed++;
            }
        }
        return new Run(waiting.size(), swept, failed);
    }

    public record Swept(PendingOutbox outbox, DispatchOutbox.Dispatch dispatch) {
    }

    /** @param found messages the index listed as waiting; some may have been sent meanwhile */
    public record Run(int found, List<Swept> swept, int failed) {
    }
}
