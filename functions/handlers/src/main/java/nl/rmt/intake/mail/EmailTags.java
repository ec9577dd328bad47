package nl.rmt.intake.mail;

/**
 * The tags every email carries, which SES hands back with its bounce and complaint events. Apart from
 * {@link SesMailer} so that the function reading those events needs no SES client in its package.
 */
public final class EmailTags {

    /** The case the email is about. */
    public static final String CASE_ID = "caseId";

    private EmailTags() {
    }
}
