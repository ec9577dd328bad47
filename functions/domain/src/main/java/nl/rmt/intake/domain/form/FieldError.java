package nl.rmt.intake.domain.form;

/**
 * One problem with one field.
 *
 * @param field   the JSON path of the field, e.g. {@code person.postcode}
 * @param code    a stable machine-readable code, e.g. {@code INVALID_POSTCODE}
 * @param message a sentence for the citizen, in their language
 */
public record FieldError(String field, String code, String message) {
}
