package nl.rmt.intake.localstack.runner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScheduleTimerTest {

    @Test
    void aCronFiresAtItsNextMinuteWithThatMinuteAsItsTime() throws InterruptedException {
        // A clock that reads 300 ms before a whole minute, so that a cron firing every minute is due at once.
        Instant now = Instant.now();
        Instant nextMinute = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(now, nextMinute.minusMillis(300)));
        BlockingQueue<Instant> firings = new LinkedBlockingQueue<>();

        try (ScheduleTimer timer = new ScheduleTimer(clock)) {
            timer.start(List.of(new ScheduleTimer.Timed("every minute",
                    ScheduleExpression.parse("cron(* * * * ? *)", ZoneOffset.UTC), firings::add)));

            Instant fired = firings.poll(5, TimeUnit.SECONDS);

            assertThat(fired).isEqualTo(nextMinute);
            assertThat(clock.instant()).isAfterOrEqualTo(nextMinute.minusMillis(50));
        }
    }

    @Test
    void aFailingFiringDoesNotStopTheSchedule() throws InterruptedException {
        BlockingQueue<Instant> firings = new LinkedBlockingQueue<>();
        Instant start = Instant.now();
        ScheduleExpression twiceQuickly = previous -> previous.isBefore(start.plusMillis(200))
                ? Optional.of(previous.plusMillis(100)) : Optional.empty();

        try (ScheduleTimer timer = new ScheduleTimer(Clock.systemUTC())) {
            timer.start(List.of(new ScheduleTimer.Timed("failing", twiceQuickly, time -> {
                firings.add(time);
                throw new IllegalStateException("deliberate failure");
            })));

            assertThat(firings.poll(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(firings.poll(5, TimeUnit.SECONDS)).as("fired again after a failure").isNotNull();
        }
    }
}
