package nl.rmt.intake.application;

/**
 * What the citizen is told when a case is accepted; also what an idempotent replay answers, so it is stored.
 *
 * @param leadName the lead partner's name in the citizen's language
 */
public record CaseReceipt(
        String caseId,
        String reference,
        String status,
        String region,
        String leadPartnerId,
        String leadName,
        int contactWithinWorkingDays,
        ConfirmationEmail confirmationEmail) {

    /** Whether the citizen will get the confirmation email; null in receipts stored before this was told. */
    public enum ConfirmationEmail {
        QUEUED,
        /** The address had its confirmation emails for the day: the case is routed all the same. */
        WITHHELD_DAILY_LIMIT
    }
}
