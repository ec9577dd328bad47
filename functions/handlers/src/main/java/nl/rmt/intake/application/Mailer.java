package nl.rmt.intake.application;

import nl.rmt.intake.domain.confirmation.ConfirmationEmail;

/** Sends email to citizens. */
public interface Mailer {

    /**
     * @param caseId tagged on the message so that bounces and complaints find their case
     * @return the mail service's message id
     */
    String send(String to, ConfirmationEmail email, String caseId);
}
