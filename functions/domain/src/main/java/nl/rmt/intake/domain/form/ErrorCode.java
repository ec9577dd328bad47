package nl.rmt.intake.domain.form;

/** The stable codes of {@link FieldError#code()}; clients may switch on them, so never rename one. */
public enum ErrorCode {
    REQUIRED,
    TOO_LONG,
    INVALID_CHARACTERS,
    INVALID_EMAIL,
    INVALID_PHONE,
    INVALID_POSTCODE,
    INVALID_DATE,
    DATE_OUT_OF_RANGE,
    DATE_OF_BIRTH_IN_FUTURE,
    DATE_OF_BIRTH_IMPLAUSIBLE,
    UNKNOWN_MUNICIPALITY,
    UNKNOWN_REGION,
    UNKNOWN_VALUE,
    DUPLICATE_VALUE,
    PRIVACY_STATEMENT_REQUIRED,
    BSN_NOT_ALLOWED,
    /** The field is only accepted together with another choice, e.g. an outcome only when a case is closed. */
    NOT_ALLOWED,
    INVALID_REFERENCE,
    INVALID_WITHDRAWAL_CODE,
    /** A key the document does not have; the answer names it cut short, never whole. */
    UNKNOWN_FIELD,
    /** A JSON value of the wrong type, e.g. the string "true" where a boolean belongs. */
    INVALID_TYPE,
    /** A number outside the field's range, e.g. the jobs a reorganisation affects. */
    OUT_OF_RANGE,
    /** A KvK (Chamber of Commerce) number is exactly 8 digits. */
    INVALID_KVK_NUMBER,
    /** A municipality that exists but lies in another labour-market region than the desk's. */
    MUNICIPALITY_OUTSIDE_REGION,
    /** An invitation code that no reorganisation of this region has. */
    INVITATION_UNKNOWN,
    /** An invitation past its last valid day. */
    INVITATION_EXPIRED,
    /** An invitation of a reorganisation the desk has closed. */
    INVITATION_CLOSED
}
