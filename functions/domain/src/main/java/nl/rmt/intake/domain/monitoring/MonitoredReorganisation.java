package nl.rmt.intake.domain.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What monitoring reads of a reorganisation: business data only (the employer is an organisation; its contact person
 * is never read).
 *
 * @param sector     its SBI section letter
 * @param closedAt   when the desk closed it; null while it is open
 * @param validUntil the last day (Europe/Amsterdam) its invitation is taken
 */
public record MonitoredReorganisation(String reorganisationId, String employerName, String sector, int jobsAffected,
        Instant registeredAt, Instant closedAt, LocalDate validUntil) {

    /**
     * An intake checks the invitation just before it takes its submission time, so a case may carry an instant a
     * little past the closing or the last day; a day is far more than any request lasts.
     */
    static final Duration MARGIN = Duration.ofDays(1);

    public MonitoredReorganisation {
        Objects.requireNonNull(reorganisationId, "reorganisationId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** Whether its invitation could be used on a day of the period: registered by its end, not closed or expired before its start. */
    public boolean openDuring(ReportingPeriod period) {
        return registeredAt.isBefore(period.end())
                && (closedAt == null || !closedAt.isBefore(period.start()))
                && !validUntil.isBefore(period.from());
    }

    /**
     * Whether a case submitted in the period can have come through its invitation; false saves reading its cases.
     * Never false for a reorganisation {@link #openDuring open during} the period.
     */
    public boolean mayHaveCasesIn(ReportingPeriod period) {
        Instant lastUse = validUntil.plusDays(1).atStartOfDay(ReportingPeriod.ZONE).toInstant();
        if (closedAt != null && closedAt.isBefore(lastUse)) {
            lastUse = closedAt;
        }
        return registeredAt.isBefore(period.end()) && lastUse.plus(MARGIN).isAfter(period.start());
    }
}
