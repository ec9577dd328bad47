package nl.rmt.intake.domain.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar date of an intake as the citizen and the desk see it: Dutch time, not UTC. */
public final class IntakeDate {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private IntakeDate() {
    }

    public static LocalDate intakeDate(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }
}
