package nl.rmt.intake.domain.reorganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.rmt.intake.domain.form.EmailAddresses;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.FieldErrors;
import nl.rmt.intake.domain.form.FreeText;
import nl.rmt.intake.domain.form.IsoDates;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.UnreadableField;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.domain.region.Municipality;

/**
 * Checks a desk's registration of a reorganisation, every field at once. Dates are the desk's calendar days
 * (Europe/Amsterdam): a notice date at most a year back (the preventive route starts before the dismissal, but a
 * desk may register one that has just been announced late) and at most two years ahead; an invitation valid from
 * tomorrow up to a year ahead.
 */
public final class RegistrationValidator {

    public static final int MAX_NAME_LENGTH = 200;
    private static final Pattern KVK_NUMBER = Pattern.compile("[0-9]{8}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM[0-9]{4}");

    private final Municipalities municipalities;
    private final Sectors sectors;

    public RegistrationValidator(Municipalities municipalities, Sectors sectors) {
        this.municipalities = municipalities;
        this.sectors = sectors;
    }

    /**
     * @param region     the desk's region, already checked against the caller's role
     * @param unreadable fields the JSON could not give a value for; they get no second error
     */
    public RegistrationValidation validate(String region, ReorganisationForm form, LocalDate today,
            Language language, List<UnreadableField> unreadable) {
        FieldErrors errors = new FieldErrors(unreadable);
        String employerName = text(errors, "employer.name", form.employerName(), true);
        String kvkNumber = kvkNumber(errors, form.kvkNumber());
        String site = siteMunicipality(errors, region, form.siteMunicipality());
        if (form.sector() == null) {
            errors.add("sector", ErrorCode.REQUIRED);
        } else if (sectors.sector(form.sector()).isEmpty()) {
            errors.add("sector", ErrorCode.UNKNOWN_VALUE, String.join(", ", sectors.letters()));
        }
        if (form.jobsAffected() == null) {
            errors.add("jobsAffected", ErrorCode.REQUIRED);
        } else if (form.jobsAffected() < Registration.MIN_JOBS || form.jobsAffected() > Registration.MAX_JOBS) {
            errors.add("jobsAffected", ErrorCode.OUT_OF_RANGE, Registration.MIN_JOBS, Registration.MAX_JOBS);
        }
        LocalDate notice = date(errors, "expectedNoticeDate", form.expectedNoticeDate(), true,
                today.minusYears(1), today.plusYears(2));
        if (form.socialPlan() == null) {
            errors.add("socialPlan", ErrorCode.REQUIRED);
        }
        String contactName = text(errors, "contact.name", form.contactName(), true);
        String contactEmail = email(errors, form.contactEmail());
        LocalDate validUntil = date(errors, "invitationValidUntil", form.invitationValidUntil(), false,
                today.plusDays(1), today.plusYears(1));
        if (validUntil == null && form.invitationValidUntil() == null && notice != null) {
            validUntil = defaultValidity(notice, today);
            if (validUntil == null) {
                // The notice lies so far back that the default would already have passed: the desk must choose.
                errors.add("invitationValidUntil", ErrorCode.REQUIRED);
            }
        }
        if (!errors.isEmpty()) {
            return new RegistrationValidation(null, errors.inLanguage(language));
        }
        return new RegistrationValidation(new Registration(region, employerName, kvkNumber, site, form.sector(),
                form.jobsAffected(), notice, form.socialPlan(), contactName, contactEmail, validUntil), List.of());
    }

    /** The notice date plus the default validity, no further than a year ahead; null when that is not after today. */
    static LocalDate defaultValidity(LocalDate notice, LocalDate today) {
        LocalDate until = notice.plusDays(Registration.DEFAULT_VALIDITY_DAYS);
        LocalDate latest = today.plusYears(1);
        LocalDate capped = until.isAfter(latest) ? latest : until;
        return capped.isAfter(today) ? capped : null;
    }

    private static String text(FieldErrors errors, String field, String typed, boolean required) {
        FreeText.Checked<String> checked = FreeText.check(typed, MAX_NAME_LENGTH, FreeText.Lines.SINGLE);
        if (checked.error() != null) {
            errors.add(field, checked.error(), checked.arguments());
        } else if (checked.text() == null && required) {
            errors.add(field, ErrorCode.REQUIRED);
        }
        return checked.text();
    }

    private static String kvkNumber(FieldErrors errors, String typed) {
        if (typed == null || typed.isBlank()) {
            errors.add("employer.kvkNumber", ErrorCode.REQUIRED);
            return null;
        }
        String trimmed = typed.strip();
        if (!KVK_NUMBER.matcher(trimmed).matches()) {
            errors.add("employer.kvkNumber", ErrorCode.INVALID_KVK_NUMBER);
            return null;
        }
        return trimmed;
    }

    private String siteMunicipality(FieldErrors errors, String region, String typed) {
        if (typed == null || typed.isBlank()) {
            errors.add("siteMunicipality", ErrorCode.REQUIRED);
            return null;
        }
        Optional<Municipality> municipality = MUNICIPALITY_CODE.matcher(typed).matches()
                ? municipalities.municipality(typed) : Optional.empty();
        if (municipality.isEmpty()) {
            errors.add("siteMunicipality", ErrorCode.UNKNOWN_MUNICIPALITY);
            return null;
        }
        if (!municipality.get().region().code().equals(region)) {
            errors.add("siteMunicipality", ErrorCode.MUNICIPALITY_OUTSIDE_REGION);
            return null;
        }
        return municipality.get().code();
    }

    private static String email(FieldErrors errors, String typed) {
        if (typed == null || typed.isBlank()) {
            errors.add("contact.email", ErrorCode.REQUIRED);
            return null;
        }
        String trimmed = typed.strip();
        Optional<String> address = trimmed.length() > EmailAddresses.MAX_LENGTH ? Optional.empty()
                : EmailAddresses.normalise(trimmed);
        if (address.isEmpty()) {
            errors.add("contact.email", ErrorCode.INVALID_EMAIL);
            return null;
        }
        return address.get();
    }

    private static LocalDate date(FieldErrors errors, String field, String typed, boolean required,
            LocalDate earliest, LocalDate latest) {
        if (typed == null) {
            if (required) {
                errors.add(field, ErrorCode.REQUIRED);
            }
            return null;
        }
        Optional<LocalDate> date = IsoDates.parse(typed);
        if (date.isEmpty()) {
            errors.add(field, ErrorCode.INVALID_DATE);
            return null;
        }
        if (date.get().isBefore(earliest) || date.get().isAfter(latest)) {
            errors.add(field, ErrorCode.DATE_OUT_OF_RANGE, earliest, latest);
            return null;
        }
        return date.get();
    }
}
