package nl.rmt.intake.localstack.runner.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** {@code at(2026-05-01T07:00:00)}: a one-time schedule (ScheduleV2 only). */
record AtExpression(Instant at) implements ScheduleExpression {

    static AtExpression parse(String body, ZoneId zone) {
        try {
            return new AtExpression(LocalDateTime.parse(body).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("at(" + body + "): expected at(yyyy-mm-ddThh:mm:ss)", e);
        }
    }

    @Override
    public Optional<Instant> nextAfter(Instant previous) {
        return at.isAfter(previous) ? Optional.of(at) : Optional.empty();
    }
}
