package nl.rmt.intake.localstack.runner.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@code rate(5 minutes)}: fires every period, the first time one period after the schedule started. */
record RateExpression(Duration period) implements ScheduleExpression {

    /** @param body {@code <value> <unit>}; EventBridge wants the singular unit with 1 and the plural otherwise */
    static RateExpression parse(String body) {
        String[] parts = body.split("\\s+");
        if (parts.length != 2 || !parts[0].matches("[1-9]\\d*")) {
            throw new IllegalArgumentException("rate(" + body + "): expected rate(<positive number> <unit>)");
        }
        long value = Long.parseLong(parts[0]);
        String unit = parts[1];
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        if ((value == 1) == unit.endsWith("s")) {
            throw new IllegalArgumentException("rate(" + body + "): EventBridge wants '" + (value == 1 ? singular : singular + "s")
                    + "' with " + value);
        }
        Duration period = switch (singular) {
            case "minute" -> Duration.ofMinutes(value);
            case "hour" -> Duration.ofHours(value);
            case "day" -> Duration.ofDays(value);
            default -> throw new IllegalArgumentException("rate(" + body + "): the unit is minute(s), hour(s) or day(s)");
        };
        return new RateExpression(period);
    }

    @Override
    public Optional<Instant> nextAfter(Instant previous) {
        return Optional.of(previous.plus(period));
    }
}
