package nl.rmt.intake.handlers.intake;

import java.util.List;
import nl.rmt.intake.application.CaseReceipt;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * The 202 answer: the case's ids, who will contact the citizen and when, whether the confirmation email goes out,
 * which kinds of organisation receive the citizen's data, and per need who helps with it (what the confirmation
 * page tells the citizen).
 */
public record IntakeAccepted(String caseId, String reference, String status, String region, Lead lead,
        CaseReceipt.ConfirmationEmail confirmationEmail, List<PartnerType> sharedWith, List<CaseReceipt.Help> help,
        CaseReceipt.Reorganisation reorganisation) {

    public record Lead(String partnerId, String name, int contactWithinWorkingDays) {
    }

    static IntakeAccepted of(CaseReceipt receipt) {
        return new IntakeAccepted(receipt.caseId(), receipt.reference(), receipt.status(), receipt.region(),
                new Lead(receipt.leadPartnerId(), receipt.leadName(), receipt.contactWithinWorkingDays()),
                receipt.confirmationEmail(),
                receipt.sharedWith() == null ? List.of() : receipt.sharedWith(),
                receipt.help() == null ? List.of() : receipt.help(),
                receipt.reorganisation());
    }
}
