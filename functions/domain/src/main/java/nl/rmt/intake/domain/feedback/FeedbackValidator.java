package nl.rmt.intake.domain.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationMessages;

/**
 * Turns a partner's report into a {@link PartnerFeedback}, or into every field error at once. Messages never repeat
 * what was sent.
 *
 * <p>Rules: {@code type} is required; {@code REJECTED} needs a {@code reason}, the other types may carry one; a
 * {@code CLOSED} report needs an {@code outcome} and no other type may carry one.
 */
public final class FeedbackValidator {

    static final String TYPE = "type";
    static final String REASON = "reason";
    static final String OUTCOME = "outcome";

    private FeedbackValidator() {
    }

    /** @param language the language of the error messages */
    public static FeedbackValidation validate(FeedbackSubmission submission, Language language) {
        Objects.requireNonNull(language, "language");
        FeedbackSubmission body = submission == null ? new FeedbackSubmission(null, null, null) : submission;
        List<FieldError> errors = new ArrayList<>();

        FeedbackType type = type(body.type(), errors, language);
        String reason = new FeedbackReason(errors, language).check(body.reason(), type == FeedbackType.REJECTED);
        Outcome outcome = outcome(body.outcome(), type, errors, language);

        if (!errors.isEmpty()) {
            return new FeedbackValidation.Invalid(errors);
        }
        return new FeedbackValidation.Valid(new PartnerFeedback(type, reason, outcome));
    }

    /**
     * The rules for any required free-text reason that ends up in a case's history (a partner's rejection, a
     * desk's re-route): bounded, no control characters, no BSN.
     *
     * @return the errors, on field {@code reason}; empty when the reason is fine
     */
    public static List<FieldError> checkRequiredReason(String reason, Language language) {
        List<FieldError> errors = new java.util.ArrayList<>();
        new FeedbackReason(errors, language).check(reason, true);
        return errors;
    }

    /** The reason as it is stored: trimmed and NFC-normalised; only for a reason {@link #checkRequiredReason} passed. */
    public static String requiredReason(String reason) {
        return new FeedbackReason(new ArrayList<>(), Language.EN).check(reason, true);
    }

    private static FeedbackType type(String typed, List<FieldError> errors, Language language) {
        if (isBlank(typed)) {
            errors.add(error(TYPE, ErrorCode.REQUIRED, language));
            return null;
        }
        FeedbackType type = parse(FeedbackType.class, typed);
        if (type == null) {
            errors.add(error(TYPE, ErrorCode.UNKNOWN_VALUE, language, allowed(FeedbackType.class)));
        }
        return type;
    }

    /** With an unknown type the outcome is only checked for being a known value: which types need one is moot. */
    private static Outcome outcome(String typed, FeedbackType type, List<FieldError> errors, Language language) {
        if (isBlank(typed)) {
            if (type == FeedbackType.CLOSED) {
                errors.add(error(OUTCOME, ErrorCode.REQUIRED, language));
            }
            return null;
        }
        if (type != null && type != FeedbackType.CLOSED) {
            errors.add(error(OUTCOME, ErrorCode.NOT_ALLOWED, language, TYPE + " " + FeedbackType.CLOSED));
            return null;
        }
        Outcome outcome = parse(Outcome.class, typed);
        if (outcome == null) {
            errors.add(error(OUTCOME, ErrorCode.UNKNOWN_VALUE, language, allowed(Outcome.class)));
        }
        return outcome;
    }

    static FieldError error(String field, ErrorCode code, Language language, Object... arguments) {
        return new FieldError(field, code.name(), ValidationMessages.message(language, code, arguments));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** By constant name, ignoring case and surrounding spaces, as the intake form reads its choices. */
    private static <E extends Enum<E>> E parse(Class<E> type, String typed) {
        String name = typed.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name))
                .findFirst().orElse(null);
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
