package nl.rmt.intake.domain.reorganisation;

import java.time.LocalDate;

/**
 * The reorganisation a case came through: its id, and the context its lead partner may be told (per partner type).
 * Nothing of it is personal data of the applicant.
 */
public record ReorganisationContext(String reorganisationId, String employerName, String kvkNumber, String sector,
        LocalDate expectedNoticeDate) {
}
