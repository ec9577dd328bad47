package nl.rmt.intake.application;

import java.util.List;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * What the confirmation email is made of, read from the stored case.
 *
 * @param confirmationSent whether an earlier attempt already sent it
 */
public record ConfirmationSubject(
        String caseId,
        String reference,
        CaseStatus status,
        Language language,
        String givenName,
        String email,
        String leadPartnerId,
        List<PartnerType> partnerTypesReceived,
        boolean confirmationSent) {

    public ConfirmationSubject {
        partnerTypesReceived = List.copyOf(partnerTypesReceived);
    }
}
