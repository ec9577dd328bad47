package nl.rmt.intake.domain.form;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.rmt.intake.domain.region.Municipalities;

/** Checks and normalises the {@code person} section. */
final class PersonCheck {

    static final int MAX_NAME_LENGTH = 100;
    // Below 15 nobody is in the labour market the teams serve, so such a birth year is almost certainly a typo.
    static final int MIN_AGE = 15;
    // Above 100 is almost certainly a typo in the birth year rather than a citizen looking for work.
    static final int MAX_AGE = 100;

    private final Municipalities municipalities;
    private final LocalDate today;
    private final FieldErrors errors;

    PersonCheck(Municipalities municipalities, LocalDate today, FieldErrors errors) {
        this.municipalities = municipalities;
        this.today = today;
        this.errors = errors;
    }

    /** @return the language the citizen asked for, if it is one we speak */
    static Optional<Language> language(IntakeSubmission.Person person) {
        return person == null ? Optional.empty() : Language.fromCode(person.language());
    }

    /** @return the normalised details, or null when any field has an error */
    PersonalDetails check(IntakeSubmission.Person person) {
        int errorsBefore = errors.count();
        PersonalDetails details = new PersonalDetails(
                name(person.givenName(), "person.givenName"),
                name(person.familyName(), "person.familyName"),
                email(person.email()),
                phone(person.phone()),
                dateOfBirth(person.dateOfBirth()),
                postcode(person.postcode()),
                homeMunicipality(person.homeMunicipality()),
                languageOrError(person.language()));
        return errors.count() == errorsBefore ? details : null;
    }

    private String name(String typed, String field) {
        FreeText.Checked<String> name = FreeText.check(typed, MAX_NAME_LENGTH, FreeText.Lines.SINGLE);
        if (name.text() == null) {
            errors.add(field, name.error() == null ? ErrorCode.REQUIRED : name.error(), name.arguments());
        }
        return name.text();
    }

    /** The whole address is scanned for a BSN, its local part included ({@code 111.222.333@example.org}). */
    private String email(String typed) {
        String field = "person.email";
        String email = FreeText.trimToNull(typed);
        if (email == null) {
            errors.add(field, ErrorCode.REQUIRED);
            return null;
        }
        if (FreeText.length(email) > EmailAddresses.MAX_LENGTH) {
            errors.add(field, ErrorCode.TOO_LONG, EmailAddresses.MAX_LENGTH);
            return null;
        }
        if (!FreeText.canTravel(email, FreeText.Lines.SINGLE)) {
            errors.add(field, ErrorCode.INVALID_EMAIL);
            return null;
        }
        String normalised = reportIfEmpty(EmailAddresses.normalise(Normalizer.normalize(email, Normalizer.Form.NFC)),
                field, ErrorCode.INVALID_EMAIL);
        if (normalised != null && BsnDetector.containsBsn(normalised)) {
            errors.add(field, ErrorCode.BSN_NOT_ALLOWED);
            return null;
        }
        return normalised;
    }

    /**
     * Not scanned like free text: a valid Dutch mobile number has nine digits after +31, one in eleven of which
     * passes the 11-proof. A phone number must be one, and nine digits alone (no leading 0 or +) never are; a
     * value that is a BSN with its separators left out is named as one.
     */
    private String phone(String typed) {
        String phone = FreeText.trimToNull(typed);
        if (phone == null) {
            return null;
        }
        if (BsnDetector.isBsn(phone) && !phone.startsWith("+") && !phone.startsWith("0")) {
            errors.add("person.phone", ErrorCode.BSN_NOT_ALLOWED);
            return null;
        }
        return reportIfEmpty(PhoneNumbers.toE164(phone), "person.phone", ErrorCode.INVALID_PHONE);
    }

    private String postcode(String typed) {
        String postcode = FreeText.trimToNull(typed);
        return postcode == null ? null
                : reportIfEmpty(Postcodes.normalise(postcode), "person.postcode", ErrorCode.INVALID_POSTCODE);
    }

    private LocalDate dateOfBirth(String typed) {
        String field = "person.dateOfBirth";
        String text = FreeText.trimToNull(typed);
        if (text == null) {
            errors.add(field, ErrorCode.REQUIRED);
            return null;
        }
        Optional<LocalDate> date = IsoDates.parse(text);
        if (date.isEmpty()) {
            errors.add(field, ErrorCode.INVALID_DATE);
        } else if (date.get().isAfter(today)) {
            errors.add(field, ErrorCode.DATE_OF_BIRTH_IN_FUTURE);
        } else if (!isPlausibleAge(Age.on(date.get(), today))) {
            errors.add(field, ErrorCode.DATE_OF_BIRTH_IMPLAUSIBLE, MIN_AGE, MAX_AGE);
        } else {
            return date.get();
        }
        return null;
    }

    private static boolean isPlausibleAge(int age) {
        return age >= MIN_AGE && age <= MAX_AGE;
    }

    private String homeMunicipality(String typed) {
        String text = FreeText.trimToNull(typed);
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (isMunicipalityCode(code) && municipalities.municipality(code).isPresent()) {
            return code;
        }
        errors.add("person.homeMunicipality", ErrorCode.UNKNOWN_MUNICIPALITY);
        return null;
    }

    /** {@code GM} and four ASCII digits. */
    private static boolean isMunicipalityCode(String code) {
        if (code.length() != 6 || !code.startsWith("GM")) {
            return false;
        }
        for (int i = 2; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private Language languageOrError(String typed) {
        String field = "person.language";
        if (FreeText.trimToNull(typed) == null) {
            errors.add(field, ErrorCode.REQUIRED);
            return null;
        }
        Optional<Language> language = Language.fromCode(typed);
        if (language.isEmpty()) {
            errors.add(field, ErrorCode.UNKNOWN_VALUE, allowedLanguages());
            return null;
        }
        return language.get();
    }

    private static String allowedLanguages() {
        return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
    }

    private String reportIfEmpty(Optional<String> normalised, String field, ErrorCode code) {
        if (normalised.isEmpty()) {
            errors.add(field, code);
        }
        return normalised.orElse(null);
    }
}
