package nl.rmt.intake.domain.form;

/** The kinds of organisation a case can be shared with; the citizen consents per type. */
public enum PartnerType {
    UWV, GEMEENTE, VAKBOND, ONDERWIJS, SCHULDHULP,
    /** The regional mobility team's own desk: always allowed, the citizen applied to it. */
    RMT;

    public boolean needsConsent() {
        return this != RMT;
    }
}
