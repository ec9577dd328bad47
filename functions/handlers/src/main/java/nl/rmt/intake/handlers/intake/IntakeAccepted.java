package nl.rmt.intake.handlers.intake;

import nl.rmt.intake.application.CaseReceipt;

/** The 202 answer: the case's ids and who will contact the citizen, and when. */
public record IntakeAccepted(String caseId, String reference, String status, String region, Lead lead,
        CaseReceipt.ConfirmationEmail confirmationEmail) {

    public record Lead(String partnerId, String name, int contactWithinWorkingDays) {
    }

    static IntakeAccepted of(CaseReceipt receipt) {
        return new IntakeAccepted(receipt.caseId(), receipt.reference(), receipt.status(), receipt.region(),
                new Lead(receipt.leadPartnerId(), receipt.leadName(), receipt.contactWithinWorkingDays()),
                receipt.confirmationEmail());
    }
}
