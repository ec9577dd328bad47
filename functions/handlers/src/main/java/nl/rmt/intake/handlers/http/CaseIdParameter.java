package nl.rmt.intake.handlers.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.List;
import java.util.Optional;
import nl.rmt.intake.domain.casefile.CaseId;
import nl.rmt.intake.domain.form.FieldError;

/**
 * The {@code {caseId}} of a staff route. It is checked before anything reads the table: a value of another shape
 * names no case, and one longer than a DynamoDB key may be would make the read itself fail.
 */
public final class CaseIdParameter {

    public static final String INVALID_CASE_ID = "INVALID_CASE_ID";

    private CaseIdParameter() {
    }

    /** The path's case id when it has the shape of one; empty when it is missing or malformed. */
    public static Optional<String> of(APIGatewayV2HTTPEvent event) {
        String caseId = event.getPathParameters() == null ? null : event.getPathParameters().get("caseId");
        return CaseId.isWellFormed(caseId) ? Optional.of(caseId) : Optional.empty();
    }

    /** The answer to a malformed case id; it never repeats the value. */
    public static List<FieldError> error() {
        return List.of(new FieldError("caseId", INVALID_CASE_ID,
                "A case id is a UUID in lower case, as the case list and the partner messages give it."));
    }
}
