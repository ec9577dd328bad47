package nl.rmt.intake.domain.reorganisation;

import java.time.LocalDate;

/**
 * What an invitation code leads to.
 *
 * @param validUntil the last day (Europe/Amsterdam) on which the code is taken
 * @param closed     whether the desk closed the reorganisation
 */
public record Invitation(String code, String reorganisationId, String region, String employerName, String kvkNumber,
        String sector, LocalDate expectedNoticeDate, LocalDate validUntil, boolean closed) {

    /** What a case that came through this invitation carries of its reorganisation. */
    public ReorganisationContext context() {
        return new ReorganisationContext(reorganisationId, employerName, kvkNumber, sector, expectedNoticeDate);
    }

    /** Whether the code may be used today, by anyone. */
    public InvitationStanding standing(LocalDate today) {
        if (closed) {
            return InvitationStanding.CLOSED;
        }
        return today.isAfter(validUntil) ? InvitationStanding.EXPIRED : InvitationStanding.VALID;
    }

    /** Whether the code may be used today on the form of {@code deskRegion}: another region's code is unknown there. */
    public InvitationStanding standing(LocalDate today, String deskRegion) {
        return region.equals(deskRegion) ? standing(today) : InvitationStanding.UNKNOWN;
    }
}
