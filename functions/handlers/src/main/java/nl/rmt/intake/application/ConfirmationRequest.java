package nl.rmt.intake.application;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The body of a message on the citizen email queue; the email's content is read from the case.
 *
 * @param kind  {@code CONFIRMATION} (also when absent) or {@code UPDATE}
 * @param round for an update: the routing round whose new lead the email announces
 */
public record ConfirmationRequest(String caseId, String kind, Integer round, String reason) {

    public static final String UPDATE = "UPDATE";

    public ConfirmationRequest(String caseId) {
        this(caseId, null, null, null);
    }

    @JsonIgnore
    public boolean isUpdate() {
        return UPDATE.equals(kind);
    }
}
