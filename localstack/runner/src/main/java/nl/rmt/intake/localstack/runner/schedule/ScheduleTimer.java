package nl.rmt.intake.localstack.runner.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires schedules on their expressions' times. A failing firing is logged and the schedule goes on, as with an
 * EventBridge target (whose two asynchronous retries are not emulated). Every expression is parsed when the timer
 * starts, so a malformed one fails the start-up rather than its first firing.
 */
public final class ScheduleTimer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleTimer.class);

    /** A schedule to run: its name in messages, when it fires, and what a firing does with the firing time. */
    public record Timed(String description, ScheduleExpression expression, Consumer<Instant> firing) {
    }

    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "schedule-timer");
        thread.setDaemon(true);
        return thread;
    });

    public ScheduleTimer(Clock clock) {
        this.clock = clock;
    }

    /** The enabled schedules of {@code triggers}, each invoking its function. */
    public static List<Timed> timed(ScheduleTriggers triggers) {
        return triggers.schedules().stream()
                .filter(schedule -> schedule.source().enabled())
                .map(schedule -> new Timed(schedule.description(),
                        ScheduleExpression.parse(schedule.source().scheduleExpression(), schedule.zone()),
                        time -> triggers.fire(schedule, time)))
                .toList();
    }

    public void start(List<Timed> schedules) {
        Instant now = clock.instant();
        schedules.forEach(schedule -> planAfter(schedule, now));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void planAfter(Timed schedule, Instant previous) {
        Optional<Instant> next = schedule.expression().nextAfter(previous);
        if (next.isEmpty()) {
            LOG.info("{}: no more firings", schedule.description());
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), next.get()).toMillis());
        executor.schedule(() -> fire(schedule, next.get()), delay, TimeUnit.MILLISECONDS);
    }

    private void fire(Timed schedule, Instant time) {
        try {
            schedule.firing().accept(time);
        } catch (FunctionFailure e) {
            LOG.warn("{}: firing at {} failed ({})", schedule.description(), time, e.errorType());
        } catch (RuntimeException e) {
            LOG.warn("{}: firing at {} failed", schedule.description(), time, e);
        }
        planAfter(schedule, time);
    }
}
