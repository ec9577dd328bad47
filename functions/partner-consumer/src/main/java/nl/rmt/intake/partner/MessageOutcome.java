package nl.rmt.intake.partner;

import java.util.OptionalInt;

/**
 * What the consumer did with one queue message: ids and codes only, so it can be printed and logged freely.
 *
 * @param messageType the message's type, or {@code UNREADABLE}
 * @param caseId      empty when the message could not be read
 * @param action      the feedback type sent ({@code ACCEPTED}, {@code REJECTED}...), or {@link #TAKEN},
 *                    {@link #ACKNOWLEDGED}, {@link #DUPLICATE}, {@link #NOT_OURS}, {@link #UNREADABLE},
 *                    {@link #UNREACHABLE}, {@link #DECISION_FAILED}
 * @param httpStatus  the feedback API's answer, when it was called and answered
 * @param deleted     whether the message was deleted from the queue
 */
public record MessageOutcome(String messageType, String caseId, String action, OptionalInt httpStatus, boolean deleted) {

    /** An assignment taken without feedback: the decider reported nothing yet. */
    public static final String TAKEN = "TAKEN";
    /** A withdrawal or reassignment notice, recorded and deleted. */
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    /** A messageId handled before: deleted without acting again. */
    public static final String DUPLICATE = "DUPLICATE";
    /** Addressed to another partner: left for the dead-letter queue. */
    public static final String NOT_OURS = "NOT_OURS";
    /** Not a message of the contract this consumer knows: left for the dead-letter queue. */
    public static final String UNREADABLE = "UNREADABLE";
    /** The feedback API could not be reached: left for redelivery. */
    public static final String UNREACHABLE = "UNREACHABLE";
    /** The decider threw: left for redelivery. */
    public static final String DECISION_FAILED = "DECISION_FAILED";

    /** One line, such as {@code CASE_ASSIGNED case=3f2c... action=ACCEPTED http=202 deleted}. */
    public String line() {
        return messageType + " case=" + (caseId.isEmpty() ? "-" : caseId) + " action=" + action
                + " http=" + (httpStatus.isPresent() ? Integer.toString(httpStatus.getAsInt()) : "-")
                + (deleted ? " deleted" : " left");
    }
}
