package nl.rmt.intake.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The body of {@code POST /v1/partner/cases/{caseId}/feedback}. The reason is read by desk staff: it should
 * describe the case, not the person.
 *
 * @param reason  required for {@link FeedbackType#REJECTED}, optional otherwise
 * @param outcome required for {@link FeedbackType#CLOSED} and only allowed there
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feedback(FeedbackType type, String reason, Outcome outcome) {

    public Feedback {
        Objects.requireNonNull(type, "type");
        if (type == FeedbackType.REJECTED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        if ((type == FeedbackType.CLOSED) != (outcome != null)) {
            throw new IllegalArgumentException("an outcome goes with CLOSED, and only with CLOSED");
        }
    }

    public static Feedback accepted() {
        return new Feedback(FeedbackType.ACCEPTED, null, null);
    }

    public static Feedback contacted() {
        return new Feedback(FeedbackType.CONTACTED, null, null);
    }

    public static Feedback rejected(String reason) {
        return new Feedback(FeedbackType.REJECTED, reason, null);
    }

    public static Feedback closed(Outcome outcome) {
        return new Feedback(FeedbackType.CLOSED, null, outcome);
    }
}
