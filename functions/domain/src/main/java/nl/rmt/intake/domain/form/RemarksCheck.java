package nl.rmt.intake.domain.form;

/** Checks the free-text {@code remarks}. */
final class RemarksCheck {

    static final int MAX_LENGTH = 2000;
    private static final String FIELD = "remarks";

    private final FieldErrors errors;

    RemarksCheck(FieldErrors errors) {
        this.errors = errors;
    }

    /** @return the trimmed remarks, or null when there are none or they have an error */
    String check(String typed) {
        String remarks = FreeText.trimToNull(typed);
        if (remarks == null) {
            return null;
        }
        // Length first, so that an oversized text is refused before it is scanned.
        if (FreeText.length(remarks) > MAX_LENGTH) {
            errors.add(FIELD, ErrorCode.TOO_LONG, MAX_LENGTH);
        } else if (FreeText.hasControlCharacters(remarks, true)) {
            errors.add(FIELD, ErrorCode.INVALID_CHARACTERS);
        } else if (BsnDetector.containsBsn(remarks)) {
            errors.add(FIELD, ErrorCode.BSN_NOT_ALLOWED);
        } else {
            return remarks;
        }
        return null;
    }
}
