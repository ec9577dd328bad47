package nl.rmt.intake.domain.confirmation;

/** A composed email, ready to send; the HTML body has every inserted value escaped. */
public record ConfirmationEmail(String subject, String textBody, String htmlBody) {

    /** Leaves out the bodies: they hold the citizen's name and the withdrawal code. */
    @Override
    public String toString() {
        return "ConfirmationEmail[" + textBody.length() + " characters]";
    }
}
