package nl.rmt.intake.domain.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.rmt.intake.domain.classification.IntakeDate;

/**
 * Calendar days as the regions report them, {@code from} and {@code to} both included, in Dutch time: the day of an
 * intake is the one {@link IntakeDate} gives it, so a case submitted at 00:30 on 1 January (23:30 UTC the day before)
 * belongs to January.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    /** A leap year; longer periods are reported one year at a time. */
    public static final int MAX_DAYS = 366;
    public static final ZoneId ZONE = IntakeDate.ZONE;

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("A period is at most " + MAX_DAYS + " days");
        }
    }

    /** The first instant of {@code from}. */
    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after {@code to}: the period is {@code [start, end)}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(Instant submittedAt) {
        return !submittedAt.isBefore(start()) && submittedAt.isBefore(end());
    }
}
