package nl.rmt.intake.domain.casefile;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a case keeps its personal data: a number of days after it closes, and at most a number of days after
 * it was submitted if it never closes. What remains after erasure (region, groups, partners, statuses, outcome)
 * identifies no one and is kept for the programme's counts.
 *
 * @param daysAfterClose from 0 (erase at the next run after closing)
 * @param maxAgeDays     for cases that never close; long enough for a partner to finish its work
 */
public record RetentionPolicy(int daysAfterClose, int maxAgeDays) {

    /** An open case is being worked on; erasing it sooner would leave its partner without the person's details. */
    public static final int MIN_MAX_AGE_DAYS = 30;
    /** Ten years: beyond that a setting is a typo, not a policy. */
    public static final int MAX_DAYS = 3650;

    public RetentionPolicy {
        if (daysAfterClose < 0 || daysAfterClose > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "days after close must be between 0 and " + MAX_DAYS + ", not " + daysAfterClose);
        }
        if (maxAgeDays < MIN_MAX_AGE_DAYS || maxAgeDays > MAX_DAYS) {
            throw new IllegalArgumentException("maximum age must be between " + MIN_MAX_AGE_DAYS + " and "
                    + MAX_DAYS + " days, not " + maxAgeDays);
        }
    }

    /** Closed cases closed before this instant are due. */
    public Instant closedBefore(Instant now) {
        return now.minus(Duration.ofDays(daysAfterClose));
    }

    /** Open cases submitted before this instant are due. */
    public Instant submittedBefore(Instant now) {
        return now.minus(Duration.ofDays(maxAgeDays));
    }
}
