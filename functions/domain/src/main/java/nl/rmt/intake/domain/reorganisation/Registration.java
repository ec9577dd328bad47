package nl.rmt.intake.domain.reorganisation;

import java.time.LocalDate;

/**
 * A reorganisation that passed every check: what is stored. The contact person is personal data and is erased
 * when the reorganisation closes.
 */
public record Registration(
        String region,
        String employerName,
        String kvkNumber,
        String siteMunicipality,
        String sector,
        int jobsAffected,
        LocalDate expectedNoticeDate,
        boolean socialPlan,
        String contactName,
        String contactEmail,
        LocalDate invitationValidUntil) {

    /** How long an invitation runs after the expected notice date when the desk names no date. */
    public static final int DEFAULT_VALIDITY_DAYS = 90;
    public static final int MIN_JOBS = 1;
    public static final int MAX_JOBS = 100_000;
}
