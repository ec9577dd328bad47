package nl.rmt.intake.handlers.outbox;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.rmt.intake.application.SweepOutbox;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.handlers.schedule.ScheduledHandler;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.Metric;
import nl.rmt.intake.observability.MetricsSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled: dispatches outbox messages still waiting a few minutes after they were stored, so that a lost or
 * exhausted stream record never leaves a case unrouted.
 */
public final class OutboxSweepHandler implements ScheduledHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSweepHandler.class);
    /** Well past the stream's normal second, well within the queues' five-minute deduplication window. */
    static final Duration MINIMUM_AGE = Duration.ofMinutes(2);
    private static final int MAXIMUM_PER_RUN = 2_000;
    /** Stop taking new messages this long before the function's timeout. */
    private static final Duration STOP_BEFORE_TIMEOUT = Duration.ofSeconds(15);

    private final SweepOutbox sweep;
    private final OutboxDispatchHandler.Dispatching dispatching;

    public OutboxSweepHandler() {
        this(OutboxDispatchHandler.Dispatching.standard(Settings.required("QUEUE_NAME_PREFIX")));
    }

    public OutboxSweepHandler(OutboxDispatchHandler.Dispatching dispatching) {
        this(dispatching, MINIMUM_AGE);
    }

    /** @param minimumAge how long a message is left to the stream before the sweeper sends it */
    public OutboxSweepHandler(OutboxDispatchHandler.Dispatching dispatching, Duration minimumAge) {
        this.dispatching = dispatching;
        this.sweep = new SweepOutbox(dispatching.store(), dispatching.dispatchOutbox(), Clock.systemUTC(),
                minimumAge, MAXIMUM_PER_RUN);
    }

    /**
     * @param event EventBridge's scheduled event, unused (see {@link ScheduledHandler})
     */
    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> {
            SweepOutbox.Run run = sweep.run(() -> context == null
                    || context.getRemainingTimeInMillis() > STOP_BEFORE_TIMEOUT.toMillis());
            for (SweepOutbox.Swept swept : run.swept()) {
                CaseLogContext.set(swept.outbox().caseId());
                OutboxOutcomes.record(swept.outbox().message(), swept.outbox().createdAt(),
                        swept.dispatch(), metrics, dispatching.partnerTypeByQueue());
            }
            CaseLogContext.clear();
            LOG.info("outbox sweep: found={} dispatched={} failed={}", run.found(), run.swept().size(), run.failed());
            // Zero too: a data point every run shows the schedule runs.
            metrics.add(Metric.OUTBOX_SWEPT, run.swept().size(), null);
            return Map.of("found", run.found(), "dispatched", run.swept().size(), "failed", run.failed());
        });
    }
}
