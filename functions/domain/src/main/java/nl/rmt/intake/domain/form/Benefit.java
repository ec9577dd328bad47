package nl.rmt.intake.domain.form;

public enum Benefit {
    NONE,
    WW,
    BIJSTAND,
    /** Besluit bijstandverlening zelfstandigen: support for the self-employed. */
    BBZ,
    WAJONG,
    OTHER
}
