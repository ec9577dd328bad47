package nl.rmt.intake.application;

/**
 * The request reached the mail service but no answer came back (a timeout, a dropped connection): the email may
 * have been sent. Sending again could mail the citizen twice, so it is not retried.
 */
public final class EmailOutcomeUnknownException extends RuntimeException {

    public EmailOutcomeUnknownException(Throwable cause) {
        super("The mail service's answer was lost", cause);
    }
}
