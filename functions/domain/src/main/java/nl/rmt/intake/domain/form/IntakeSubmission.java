package nl.rmt.intake.domain.form;

import java.util.List;
import java.util.Map;

/**
 * The intake form exactly as submitted: every field may be missing or malformed. {@link IntakeValidator}
 * turns it into an {@link IntakeForm} or a list of field errors.
 *
 * @param remarks    as the body holds them (see {@link JsonText})
 * @param unreadable the fields the JSON could not give a value for (they are null here), reported with the rest
 */
public record IntakeSubmission(Person person, Situation situation, List<String> needs, Consent consent,
                               JsonText remarks, List<UnreadableField> unreadable) {

    public IntakeSubmission {
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    public IntakeSubmission(Person person, Situation situation, List<String> needs, Consent consent, String remarks) {
        this(person, situation, needs, consent, JsonText.of(remarks), List.of());
    }

    public record Person(
            String givenName,
            String familyName,
            String email,
            String phone,
            String dateOfBirth,
            String postcode,
            String homeMunicipality,
            String language) {
    }

    public record Situation(
            String workStatus,
            String workEndDate,
            String benefit,
            Boolean inBanenafspraakRegister,
            Boolean hasBasicQualification,
            Boolean statusHolder) {
    }

    /** {@code partnerTypes} maps a partner type name (UWV, GEMEENTE, ...) to whether the case may be shared with it. */
    public record Consent(Boolean privacyStatement, Map<String, Boolean> partnerTypes) {
    }
}
