package nl.rmt.intake.domain.withdrawal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rmt.intake.domain.casefile.PublicReference;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationMessages;

/** Checks the form of a withdrawal request: a reference and a code as the confirmation email shows them. */
public final class WithdrawalValidator {

    static final String REFERENCE = "reference";
    static final String CODE = "code";

    private WithdrawalValidator() {
    }

    /** @param language the language of the error messages */
    public static WithdrawalValidation validate(WithdrawalSubmission submission, Language language) {
        Objects.requireNonNull(language, "language");
        WithdrawalSubmission body = submission == null ? new WithdrawalSubmission(null, null) : submission;
        List<FieldError> errors = new ArrayList<>();
        String reference = reference(body.reference(), errors, language);
        String code = code(body.code(), errors, language);
        return errors.isEmpty()
                ? new WithdrawalValidation.Valid(new WithdrawalRequest(reference, code))
                : new WithdrawalValidation.Invalid(errors);
    }

    private static String reference(String typed, List<FieldError> errors, Language language) {
        if (typed == null || typed.isBlank()) {
            errors.add(error(REFERENCE, ErrorCode.REQUIRED, language));
            return null;
        }
        try {
            return PublicReference.normalise(typed);
        } catch (IllegalArgumentException e) {
            errors.add(error(REFERENCE, ErrorCode.INVALID_REFERENCE, language));
            return null;
        }
    }

    private static String code(String typed, List<FieldError> errors, Language language) {
        if (typed == null || typed.isBlank()) {
            errors.add(error(CODE, ErrorCode.REQUIRED, language));
            return null;
        }
        Optional<String> code = WithdrawalCode.normalise(typed);
        if (code.isEmpty()) {
            errors.add(error(CODE, ErrorCode.INVALID_WITHDRAWAL_CODE, language, WithdrawalCode.LENGTH));
        }
        return code.orElse(null);
    }

    private static FieldError error(String field, ErrorCode code, Language language, Object... arguments) {
        return new FieldError(field, code.name(), ValidationMessages.message(language, code, arguments));
    }
}
