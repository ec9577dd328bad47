package nl.rmt.intake.domain.form;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.rmt.intake.domain.region.Municipalities;

/** Checks and normalises the {@code person} section. */
final class PersonCheck {

    static final int MAX_NAME_LENGTH = 100;
    // Below 15 nobody is in the labour market the teams serve, so such a birth year is almost certainly a typo.
    static final int MIN_AGE = 15;
    // Above 100 is almost certainly a typo in the birth year rather than a citizen looking for work.
    static final int MAX_AGE = 100;

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM[0-9]{4}");

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
        String name = FreeText.trimToNull(typed);
        if (name == null) {
            errors.add(field, ErrorCode.REQUIRED);
        } else if (FreeText.length(name) > MAX_NAME_LENGTH) {
            errors.add(field, ErrorCode.TOO_LONG, MAX_NAME_LENGTH);
        } else if (FreeText.hasControlCharacters(name, false)) {
            errors.add(field, ErrorCode.INVALID_CHARACTERS);
        } else if (BsnDetector.containsBsn(name)) {
            errors.add(field, ErrorCode.BSN_NOT_ALLOWED);
        } else {
            return name;
        }
        return null;
    }

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
        return reportIfEmpty(EmailAddresses.normalise(email), field, ErrorCode.INVALID_EMAIL);
    }

    private String phone(String typed) {
        String phone = FreeText.trimToNull(typed);
        return phone == null ? null
                : reportIfEmpty(PhoneNumbers.toE164(phone), "person.phone", ErrorCode.INVALID_PHONE);
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
        if (MUNICIPALITY_CODE.matcher(code).matches() && municipalities.municipality(code).isPresent()) {
            return code;
        }
        errors.add("person.homeMunicipality", ErrorCode.UNKNOWN_MUNICIPALITY);
        return null;
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
