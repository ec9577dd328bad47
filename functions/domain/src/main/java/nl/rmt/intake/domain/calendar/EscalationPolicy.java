package nl.rmt.intake.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.rmt.intake.domain.classification.IntakeDate;

/**
 * When a lead that has not accepted a case is escalated to the RMT desk. A lead assigned on day D (an Amsterdam
 * date; the hour does not matter) may accept up to and including the {@code days}th working day after D, and is
 * overdue from the next calendar day on. Assigned on a Friday afternoon, with 5 days and no holidays, the lead has
 * until the end of the next Friday and is overdue from that Saturday.
 */
public final class EscalationPolicy {

    /** DOMAIN.md: a lead that has not accepted within 5 working days is escalated. */
    public static final int DEFAULT_WORKING_DAYS = 5;

    private final WorkingDays calendar;
    private final int days;

    public EscalationPolicy(WorkingDays workingDays) {
        this(workingDays, DEFAULT_WORKING_DAYS);
    }

    /** @param days the working days a lead has to accept; at least 1 */
    public EscalationPolicy(WorkingDays workingDays, int days) {
        this.calendar = Objects.requireNonNull(workingDays, "workingDays");
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, is " + days);
        }
        this.days = days;
    }

    /** The working days a lead has to accept. */
    public int workingDays() {
        return days;
    }

    /** The last Amsterdam date on which the lead can accept in time. */
    public LocalDate lastDayToAccept(Instant leadAssignedAt) {
        return calendar.plusWorkingDays(IntakeDate.intakeDate(leadAssignedAt), days);
    }

    public boolean isOverdue(Instant leadAssignedAt, Instant now) {
        return IntakeDate.intakeDate(now).isAfter(lastDayToAccept(leadAssignedAt));
    }

    /**
     * The bound for finding overdue leads with a range query: a lead assigned strictly before the returned instant is
     * overdue at {@code now}, one assigned at or after it is not. It is the start (Amsterdam midnight) of the first
     * day whose assignments are not yet overdue.
     */
    public Instant overdueBefore(Instant now) {
        LocalDate today = IntakeDate.intakeDate(now);
        // The deadline is at least `days` calendar days after the assignment day, so no later day can be overdue.
        LocalDate latestOverdueDay = today.minusDays(days + 1L);
        while (!calendar.plusWorkingDays(latestOverdueDay, days).isBefore(today)) {
            latestOverdueDay = latestOverdueDay.minusDays(1);
        }
        return latestOverdueDay.plusDays(1).atStartOfDay(IntakeDate.ZONE).toInstant();
    }
}
