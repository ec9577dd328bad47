package nl.rmt.intake.localstack.runner.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** An EventBridge schedule expression: when it fires next. */
public interface ScheduleExpression {

    /** The first time after {@code previous} (a start time or the last firing) it fires; empty if never again. */
    Optional<Instant> nextAfter(Instant previous);

    /**
     * Parses {@code rate(...)}, {@code cron(...)} and {@code at(...)}, in EventBridge's syntax.
     *
     * @param zone where cron and at times are read: UTC for rules, ScheduleExpressionTimezone for schedules
     */
    static ScheduleExpression parse(String expression, ZoneId zone) {
        String trimmed = expression.strip();
        int open = trimmed.indexOf('(');
        if (open < 0 || !trimmed.endsWith(")")) {
            throw new IllegalArgumentException("Not a schedule expression: " + expression);
        }
        String body = trimmed.substring(open + 1, trimmed.length() - 1).strip();
        return switch (trimmed.substring(0, open)) {
            case "rate" -> RateExpression.parse(body);
            case "cron" -> CronExpression.parse(body, zone);
            case "at" -> AtExpression.parse(body, zone);
            default -> throw new IllegalArgumentException("Not a schedule expression: " + expression);
        };
    }
}
