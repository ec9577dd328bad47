package nl.rmt.intake.domain.reorganisation;

/**
 * A reorganisation as a desk submitted it, before any check. Null: the field was missing, null, or unreadable.
 *
 * @param invitationValidUntil optional; without it the invitation runs until {@link Registration#DEFAULT_VALIDITY}
 *                             after the expected notice date
 */
public record ReorganisationForm(
        String employerName,
        String kvkNumber,
        String siteMunicipality,
        String sector,
        Integer jobsAffected,
        String expectedNoticeDate,
        Boolean socialPlan,
        String contactName,
        String contactEmail,
        String invitationValidUntil) {
}
