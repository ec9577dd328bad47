package nl.rmt.intake.domain.feedback;

/**
 * A partner's report exactly as sent: every field may be missing or malformed. {@link FeedbackValidator} turns it
 * into a {@link PartnerFeedback} or field errors.
 */
public record FeedbackSubmission(String type, String reason, String outcome) {

    /** Leaves out the reason: it is free text and may end up in a log line. */
    @Override
    public String toString() {
        return "FeedbackSubmission[type=" + type + ", outcome=" + outcome + "]";
    }
}
