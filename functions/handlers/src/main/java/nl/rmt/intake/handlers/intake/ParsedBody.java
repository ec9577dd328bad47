package nl.rmt.intake.handlers.intake;

import java.util.List;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;

public sealed interface ParsedBody {

    /**
     * @param canonicalJson the body with its object keys sorted, for comparing requests
     * @param invitation the optional top-level {@code invitation} code, as sent; null without one
     */
    record Parsed(IntakeSubmission submission, String canonicalJson, String invitation) implements ParsedBody {
    }

    record Unreadable(Language language, List<FieldError> errors) implements ParsedBody {
    }
}
