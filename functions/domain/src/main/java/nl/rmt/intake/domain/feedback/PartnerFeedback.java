package nl.rmt.intake.domain.feedback;

import java.util.Objects;

/**
 * A validated report from a partner.
 *
 * @param reason  trimmed free text for desk staff; required when {@link FeedbackType#REJECTED}, else optional (null)
 * @param outcome present exactly when {@link FeedbackType#CLOSED}
 */
public record PartnerFeedback(FeedbackType type, String reason, Outcome outcome) {

    public PartnerFeedback {
        Objects.requireNonNull(type, "type");
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
        if (type == FeedbackType.REJECTED && reason == null) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        if ((type == FeedbackType.CLOSED) != (outcome != null)) {
            throw new IllegalArgumentException("an outcome belongs with CLOSED and only there, not with " + type);
        }
    }

    /** Leaves out the reason: it is free text and may end up in a log line. */
    @Override
    public String toString() {
        return "PartnerFeedback[" + type + (outcome == null ? "" : " " + outcome) + "]";
    }
}
