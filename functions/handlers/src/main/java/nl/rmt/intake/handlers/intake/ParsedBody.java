package nl.rmt.intake.handlers.intake;

import java.util.List;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;

public sealed interface ParsedBody {

    /**
     * @param fingerprint what a repeated request is compared by: the SHA-256 of the region and the body with its
     *                    object keys sorted (see {@link CanonicalJson})
     * @param invitation  the optional top-level {@code invitation} code, as sent; null without one
     */
    record Parsed(IntakeSubmission submission, String fingerprint, String invitation) implements ParsedBody {
    }

    record Unreadable(Language language, List<FieldError> errors) implements ParsedBody {
    }
}
