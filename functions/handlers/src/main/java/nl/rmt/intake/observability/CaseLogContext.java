package nl.rmt.intake.observability;

import org.slf4j.MDC;

/**
 * Gives every line logged on this thread the current case's id as {@code correlation_id}, a field of the JSON log
 * line ({@code JsonLogLine}). The case id is the one identifier that follows a case through every function
 * (intake, dispatch, emails, feedback, escalation, withdrawal), and it says nothing about the person.
 */
public final class CaseLogContext {

    static final String CORRELATION_ID = "correlation_id";

    private CaseLogContext() {
    }

    /**
     * @param caseId null when the case is not known (an unreadable record): a batch's next record must not log
     *               under the previous record's id
     */
    public static void set(String caseId) {
        if (caseId == null) {
            clear();
        } else {
            MDC.put(CORRELATION_ID, caseId);
        }
    }

    public static void clear() {
        MDC.remove(CORRELATION_ID);
    }
}
