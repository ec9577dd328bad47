package nl.rmt.intake.domain.form;

/**
 * A field the submitted JSON could not give a value for: a key the form does not have, a key named like a BSN, or
 * a value of the wrong JSON type. It is reported with every other field's error, and no other error is reported
 * for the same field.
 *
 * @param field    the field's path, e.g. {@code situation.statusHolder}; an unknown key cut short
 * @param code     {@link ErrorCode#UNKNOWN_FIELD}, {@link ErrorCode#BSN_NOT_ALLOWED} or {@link ErrorCode#INVALID_TYPE}
 * @param expected for {@link ErrorCode#INVALID_TYPE}, the JSON type the field takes; otherwise null
 */
public record UnreadableField(String field, ErrorCode code, String expected) {

    Object[] arguments() {
        return expected == null ? new Object[0] : new Object[] {expected};
    }

    public FieldError inLanguage(Language language) {
        return new FieldError(field, code.name(), ValidationMessages.message(language, code, arguments()));
    }
}
