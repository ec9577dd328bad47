package nl.rmt.intake.localstack.runner.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aRateFiresOnePeriodAfterThePreviousFiring() {
        ScheduleExpression hourly = ScheduleExpression.parse("rate(1 hour)", ZoneOffset.UTC);

        assertThat(hourly.nextAfter(Instant.parse("2026-03-02T09:15:30Z"))).contains(Instant.parse("2026-03-02T10:15:30Z"));
        assertThat(ScheduleExpression.parse("rate(15 minutes)", ZoneOffset.UTC).nextAfter(Instant.parse("2026-03-02T09:00:00Z")))
                .contains(Instant.parse("2026-03-02T09:15:00Z"));
    }

    @Test
    void aRateNeedsEventBridgesSingularOrPluralUnit() {
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(1 hours)", ZoneOffset.UTC)).hasMessageContaining("'hour'");
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(5 minute)", ZoneOffset.UTC)).hasMessageContaining("'minutes'");
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(0 days)", ZoneOffset.UTC)).hasMessageContaining("positive");
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(2 weeks)", ZoneOffset.UTC)).hasMessageContaining("unit");
    }

    @Test
    void aCronOnWorkdaysSkipsTheWeekend() {
        ScheduleExpression workdays = ScheduleExpression.parse("cron(0 7 ? * MON-FRI *)", ZoneOffset.UTC);

        // Friday 2026-03-06 after seven, then Monday.
        assertThat(firings(workdays, "2026-03-06T07:00:00Z", 2))
                .containsExactly(Instant.parse("2026-03-09T07:00:00Z"), Instant.parse("2026-03-10T07:00:00Z"));
    }

    @Test
    void stepsListsRangesAndNamesWorkInEveryNumericField() {
        ScheduleExpression expression = ScheduleExpression.parse("cron(0/20 8-9,17 * JAN,MAR ? 2026)", ZoneOffset.UTC);

        assertThat(firings(expression, "2026-01-31T09:30:00Z", 5)).containsExactly(
                Instant.parse("2026-01-31T09:40:00Z"), Instant.parse("2026-01-31T17:00:00Z"),
                Instant.parse("2026-01-31T17:20:00Z"), Instant.parse("2026-01-31T17:40:00Z"),
                Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(expression.nextAfter(Instant.parse("2026-03-31T17:40:00Z"))).as("after its only year").isEmpty();
    }

    @Test
    void theLastDayAndTheNearestWeekdayOfTheMonth() {
        assertThat(ScheduleExpression.parse("cron(0 0 L * ? *)", ZoneOffset.UTC).nextAfter(Instant.parse("2026-02-10T00:00:00Z")))
                .contains(Instant.parse("2026-02-28T00:00:00Z"));
        // 2026-02-15 is a Sunday: the nearest weekday is Monday the 16th.
        assertThat(ScheduleExpression.parse("cron(0 0 15W * ? *)", ZoneOffset.UTC).nextAfter(Instant.parse("2026-02-01T00:00:00Z")))
                .contains(Instant.parse("2026-02-16T00:00:00Z"));
        // 2026-05-31 is a Sunday: the month's last weekday is Friday the 29th.
        assertThat(ScheduleExpression.parse("cron(0 0 LW * ? *)", ZoneOffset.UTC).nextAfter(Instant.parse("2026-05-01T00:00:00Z")))
                .contains(Instant.parse("2026-05-29T00:00:00Z"));
    }

    @Test
    void theNthAndTheLastWeekdayOfTheMonth() {
        assertThat(ScheduleExpression.parse("cron(30 6 ? * 2#1 *)", ZoneOffset.UTC).nextAfter(Instant.parse("2026-03-02T07:00:00Z")))
                .as("first Monday").contains(Instant.parse("2026-04-06T06:30:00Z"));
        assertThat(ScheduleExpression.parse("cron(0 12 ? * 6L *)", ZoneOffset.UTC).nextAfter(Instant.parse("2026-03-01T00:00:00Z")))
                .as("last Friday").contains(Instant.parse("2026-03-27T12:00:00Z"));
        assertThat(ScheduleExpression.parse("cron(0 12 ? * L *)", ZoneOffset.UTC).nextAfter(Instant.parse("2026-03-02T00:00:00Z")))
                .as("Saturday").contains(Instant.parse("2026-03-07T12:00:00Z"));
    }

    @Test
    void aCronIsReadInItsTimeZoneAcrossTheClockChange() {
        ScheduleExpression sevenInAmsterdam = ScheduleExpression.parse("cron(0 7 * * ? *)", AMSTERDAM);

        // Summer time starts on 2026-03-29.
        assertThat(firings(sevenInAmsterdam, "2026-03-28T00:00:00Z", 2))
                .containsExactly(Instant.parse("2026-03-28T06:00:00Z"), Instant.parse("2026-03-29T05:00:00Z"));
    }

    @Test
    void aCronInThePastOnlyHasNoNextFiring() {
        assertThat(ScheduleExpression.parse("cron(0 0 1 1 ? 2020)", ZoneOffset.UTC).nextAfter(Instant.parse("2026-01-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void malformedCronsAreRefusedSayingWhy() {
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 7 * * *)", ZoneOffset.UTC)).hasMessageContaining("six fields");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 7 * * MON *)", ZoneOffset.UTC))
                .hasMessageContaining("exactly one of them must be '?'");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(60 7 * * ? *)", ZoneOffset.UTC)).hasMessageContaining("minutes");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 7 ? * FUN *)", ZoneOffset.UTC)).hasMessageContaining("FUN");
        assertThatThrownBy(() -> ScheduleExpression.parse("every(5 minutes)", ZoneOffset.UTC))
                .hasMessageContaining("Not a schedule expression");
    }

    @Test
    void aOneTimeScheduleFiresOnceInItsTimeZone() {
        ScheduleExpression once = ScheduleExpression.parse("at(2026-05-01T07:00:00)", AMSTERDAM);

        assertThat(once.nextAfter(Instant.parse("2026-04-01T00:00:00Z"))).contains(Instant.parse("2026-05-01T05:00:00Z"));
        assertThat(once.nextAfter(Instant.parse("2026-05-01T05:00:00Z"))).isEmpty();
    }

    private static List<Instant> firings(ScheduleExpression expression, String after, int count) {
        List<Instant> firings = new ArrayList<>();
        Instant previous = Instant.parse(after);
        for (int i = 0; i < count; i++) {
            Optional<Instant> next = expression.nextAfter(previous);
            firings.add(next.orElse(null));
            if (next.isEmpty()) {
                break;
            }
            previous = next.get();
        }
        return firings;
    }
}
