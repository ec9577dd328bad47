package nl.rmt.intake.domain.form;

/** Checks the free-text {@code remarks}. */
final class RemarksCheck {

    static final int MAX_LENGTH = 2000;
    private static final String FIELD = "remarks";

    private final FieldErrors errors;

    RemarksCheck(FieldErrors errors) {
        this.errors = errors;
    }

    /** @return the normalised remarks, or null when there are none or they have an error */
    JsonText check(JsonText typed) {
        FreeText.Checked<JsonText> remarks = FreeText.check(typed, MAX_LENGTH, FreeText.Lines.MULTIPLE);
        if (remarks.error() != null) {
            errors.add(FIELD, remarks.error(), remarks.arguments());
        }
        return remarks.text();
    }
}
