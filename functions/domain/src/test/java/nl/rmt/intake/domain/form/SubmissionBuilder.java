package nl.rmt.intake.domain.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A valid submission as a citizen might type it, with every field open to change for one test. */
final class SubmissionBuilder {

    String givenName = " Sanne ";
    String familyName = "de Vries";
    String email = "sanne.devries@Example.NL";
    String phone = "06 12 34 56 78";
    String dateOfBirth = "1990-05-17";
    String postcode = "3511 ab";
    String homeMunicipality = "gm0344";
    String language = "nl";

    String workStatus = "employed";
    String workEndDate = "2026-06-30";
    String benefit = "NONE";
    Boolean inBanenafspraakRegister = false;
    Boolean hasBasicQualification = true;
    Boolean statusHolder = null;

    List<String> needs = List.of("WORK", "training");

    Boolean privacyStatement = true;
    Map<String, Boolean> partnerTypes = new LinkedHashMap<>(Map.of("UWV", true));

    String remarks = "  Liefst contact in de ochtend.  ";

    boolean withPerson = true;
    boolean withSituation = true;
    boolean withConsent = true;

    static SubmissionBuilder aValidSubmission() {
        return new SubmissionBuilder();
    }

    /** Only the required fields, each already in its normal form. */
    static SubmissionBuilder aMinimalSubmission() {
        return aValidSubmission().with(s -> {
            s.givenName = "Sanne";
            s.email = "sanne@example.nl";
            s.phone = null;
            s.postcode = null;
            s.homeMunicipality = null;
            s.workEndDate = null;
            s.inBanenafspraakRegister = null;
            s.hasBasicQualification = null;
            s.statusHolder = null;
            s.needs = null;
            s.partnerTypes = null;
            s.remarks = null;
        });
    }

    SubmissionBuilder with(Consumer<SubmissionBuilder> change) {
        change.accept(this);
        return this;
    }

    IntakeSubmission build() {
        return new IntakeSubmission(
                withPerson ? new IntakeSubmission.Person(givenName, familyName, email, phone, dateOfBirth, postcode,
                        homeMunicipality, language) : null,
                withSituation ? new IntakeSubmission.Situation(workStatus, workEndDate, benefit,
                        inBanenafspraakRegister, hasBasicQualification, statusHolder) : null,
                needs,
                withConsent ? new IntakeSubmission.Consent(privacyStatement, partnerTypes) : null,
                remarks);
    }
}
