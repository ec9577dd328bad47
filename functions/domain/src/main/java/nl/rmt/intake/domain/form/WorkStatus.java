package nl.rmt.intake.domain.form;

public enum WorkStatus {
    EMPLOYED,
    /** Dismissal notice, reorganisation, or a contract that will not be renewed. */
    AT_RISK,
    UNEMPLOYED,
    SELF_EMPLOYED,
    OTHER
}
