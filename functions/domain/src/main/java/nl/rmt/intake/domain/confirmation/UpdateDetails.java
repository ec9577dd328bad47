package nl.rmt.intake.domain.confirmation;

import java.util.List;
import java.util.Objects;
import nl.rmt.intake.domain.casefile.PublicReference;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;

/**
 * Everything the email about a new lead states. There is deliberately no field for why a partner handed the case
 * back: that reason is internal to the partners and the desk.
 *
 * @param newLeadDisplayName the organisation that will now contact the citizen, in the citizen's language
 * @param newLeadHelpsWith   the needs the citizen ticked that the new lead helps with; empty when none
 */
public record UpdateDetails(
        Language language,
        String givenName,
        String reference,
        String newLeadDisplayName,
        int contactWithinWorkingDays,
        Reason reason,
        List<Need> newLeadHelpsWith) {

    public UpdateDetails(Language language, String givenName, String reference, String newLeadDisplayName,
            int contactWithinWorkingDays, Reason reason) {
        this(language, givenName, reference, newLeadDisplayName, contactWithinWorkingDays, reason, List.of());
    }

    /** Why the citizen has a new lead. */
    public enum Reason {
        /** The lead handed the case back, or the desk routed it to another partner by hand. */
        REROUTED,
        /** The lead did not accept in time; the RMT desk took the case over. */
        ESCALATED
    }

    public UpdateDetails {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reason, "reason");
        newLeadHelpsWith = List.copyOf(Objects.requireNonNull(newLeadHelpsWith, "newLeadHelpsWith"));
        requireText(givenName, "givenName");
        if (!PublicReference.isWellFormed(reference)) {
            throw new IllegalArgumentException("reference must be a well-formed public reference");
        }
        requireText(newLeadDisplayName, "newLeadDisplayName");
        if (contactWithinWorkingDays < 1) {
            throw new IllegalArgumentException("contactWithinWorkingDays must be at least 1");
        }
    }

    /** Field names only: the values are personal data. */
    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** Leaves out the values: they are personal data. */
    @Override
    public String toString() {
        return "UpdateDetails[language=" + language + ", reason=" + reason + "]";
    }
}
