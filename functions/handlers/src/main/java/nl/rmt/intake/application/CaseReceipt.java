package nl.rmt.intake.application;

import java.util.List;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * What the citizen is told when a case is accepted; also what an idempotent replay answers, so it is stored.
 *
 * @param leadName   the lead partner's name in the citizen's language
 * @param sharedWith the kinds of organisation the case goes to, lead first; null in a receipt stored before it
 *                   was recorded
 * @param help       per need the citizen ticked, who helps with it; null in a receipt stored before it was recorded
 * @param reorganisation the reorganisation the case came through (its employer's name); null without one
 */
public record CaseReceipt(
        String caseId,
        String reference,
        String status,
        String region,
        String leadPartnerId,
        String leadName,
        int contactWithinWorkingDays,
        ConfirmationEmail confirmationEmail,
        List<PartnerType> sharedWith,
        List<Help> help,
        Reorganisation reorganisation) {

    public record Reorganisation(String employerName) {
    }

    /**
     * Who helps with one need: a partner of the case (its name in the citizen's language), or nobody.
     *
     * @param consentWithheldFor when nobody helps: the kind of organisation that would have, had the citizen agreed
     *                           to share with it; otherwise null
     */
    public record Help(Need need, String partnerId, String name, Integer contactWithinWorkingDays,
            PartnerType consentWithheldFor) {
    }

    /** Whether the citizen will get the confirmation email; null in receipts stored before this was told. */
    public enum ConfirmationEmail {
        QUEUED,
        /** The address had its confirmation emails for the day: the case is routed all the same. */
        WITHHELD_DAILY_LIMIT
    }
}
