package nl.rmt.intake.domain.form;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import nl.rmt.intake.domain.region.Municipalities;

/**
 * Turns a submitted intake form into a normalised {@link IntakeForm}, or into every field error at once so that
 * the citizen can fix them all in one go. Error messages never repeat what the citizen typed.
 */
public final class IntakeValidator {

    private final Municipalities municipalities;

    public IntakeValidator(Municipalities municipalities) {
        this.municipalities = Objects.requireNonNull(municipalities, "municipalities");
    }

    /**
     * @param deskRegionCode   the {@code AMxx} code of the desk whose form was used; reported as field {@code region}
     * @param fallbackLanguage the language of the error messages when the form does not name a valid one
     * @param today            the intake date, against which dates of birth and work end dates are judged
     */
    public ValidationResult validate(IntakeSubmission submission, String deskRegionCode, Language fallbackLanguage,
                                     LocalDate today) {
        Objects.requireNonNull(fallbackLanguage, "fallbackLanguage");
        Objects.requireNonNull(today, "today");
        IntakeSubmission body = submission == null ? new IntakeSubmission(null, null, null, null, null) : submission;
        FieldErrors errors = new FieldErrors(body.unreadable());

        PersonalDetails person = body.person() == null ? missing("person", errors)
                : new PersonCheck(municipalities, today, errors).check(body.person());
        Situation situation = body.situation() == null ? missing("situation", errors)
                : new SituationCheck(today, errors).check(body.situation());
        Set<Need> needs = new NeedsCheck(errors).check(body.needs());
        Consent consent = body.consent() == null ? missing("consent", errors)
                : new ConsentCheck(errors).check(body.consent());
        JsonText remarks = new RemarksCheck(errors).check(body.remarks());
        checkDeskRegion(deskRegionCode, errors);

        if (!errors.isEmpty()) {
            Language language = PersonCheck.language(body.person()).orElse(fallbackLanguage);
            return new ValidationResult.Invalid(language, errors.inLanguage(language));
        }
        return new ValidationResult.Valid(new IntakeForm(person, situation, needs, consent, remarks, null));
    }

    private void checkDeskRegion(String deskRegionCode, FieldErrors errors) {
        if (FreeText.trimToNull(deskRegionCode) == null) {
            errors.add("region", ErrorCode.REQUIRED);
        } else if (municipalities.region(deskRegionCode).isEmpty()) {
            errors.add("region", ErrorCode.UNKNOWN_REGION);
        }
    }

    private static <T> T missing(String section, FieldErrors errors) {
        errors.add(section, ErrorCode.REQUIRED);
        return null;
    }
}
