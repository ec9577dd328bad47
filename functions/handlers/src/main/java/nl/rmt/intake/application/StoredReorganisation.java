package nl.rmt.intake.application;

import java.time.Instant;
import java.time.LocalDate;
import nl.rmt.intake.domain.reorganisation.Invitation;

/**
 * A reorganisation as the table keeps it.
 *
 * @param contactName     null once the reorganisation is closed (erased)
 * @param employerKeyHash SHA-256 hex of the employer's key; the key itself is never stored
 */
public record StoredReorganisation(
        String reorganisationId,
        String region,
        String employerName,
        String kvkNumber,
        String siteMunicipality,
        String sector,
        int jobsAffected,
        LocalDate expectedNoticeDate,
        boolean socialPlan,
        Status status,
        Instant registeredAt,
        Instant closedAt,
        String invitationCode,
        LocalDate invitationValidUntil,
        String contactName,
        String contactEmail,
        String employerKeyHash) {

    public enum Status { OPEN, CLOSED }

    public Invitation invitation() {
        return new Invitation(invitationCode, reorganisationId, region, employerName, kvkNumber, sector, expectedNoticeDate,
                invitationValidUntil, status == Status.CLOSED);
    }

    @Override
    public String toString() {
        // Never the contact person or the code in a log line or an exception.
        return "StoredReorganisation[" + reorganisationId + ", " + region + ", " + status + "]";
    }
}
