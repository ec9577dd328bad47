package nl.rmt.intake.domain.form;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every text a citizen can see about bad input, per language. Placeholders are {@code %s}, filled in order.
 * The texts never contain what the citizen typed.
 */
public final class ValidationMessages {

    private static final Map<ErrorCode, String> DUTCH = new EnumMap<>(Map.ofEntries(
            Map.entry(ErrorCode.REQUIRED, "Dit veld is verplicht."),
            Map.entry(ErrorCode.TOO_LONG, "Gebruik maximaal %s tekens."),
            Map.entry(ErrorCode.INVALID_CHARACTERS, "Dit veld bevat tekens die niet zijn toegestaan."),
            Map.entry(ErrorCode.INVALID_EMAIL, "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
            Map.entry(ErrorCode.INVALID_PHONE,
                    "Vul een geldig telefoonnummer in, bijvoorbeeld 0612345678 of +31612345678."),
            Map.entry(ErrorCode.INVALID_POSTCODE, "Vul een geldige postcode in, bijvoorbeeld 1234 AB."),
            Map.entry(ErrorCode.INVALID_DATE, "Vul een geldige datum in als jjjj-mm-dd."),
            Map.entry(ErrorCode.DATE_OUT_OF_RANGE, "Vul een datum in tussen %s en %s."),
            Map.entry(ErrorCode.DATE_OF_BIRTH_IN_FUTURE, "De geboortedatum kan niet in de toekomst liggen."),
            Map.entry(ErrorCode.DATE_OF_BIRTH_IMPLAUSIBLE,
                    "Controleer de geboortedatum: uw leeftijd moet tussen %s en %s jaar liggen."),
            Map.entry(ErrorCode.UNKNOWN_MUNICIPALITY,
                    "Deze gemeentecode kennen we niet. Gebruik een CBS-code zoals GM0363."),
            Map.entry(ErrorCode.UNKNOWN_REGION, "Dit regionale loket bestaat niet."),
            Map.entry(ErrorCode.UNKNOWN_VALUE, "Kies een van: %s."),
            Map.entry(ErrorCode.DUPLICATE_VALUE, "Deze waarde staat er al in."),
            Map.entry(ErrorCode.PRIVACY_STATEMENT_REQUIRED, "U moet akkoord gaan met de privacyverklaring."),
            Map.entry(ErrorCode.BSN_NOT_ALLOWED,
                    "Deel uw burgerservicenummer (BSN) niet in dit formulier. Haal het nummer weg."),
            Map.entry(ErrorCode.NOT_ALLOWED, "Dit veld is alleen toegestaan bij %s."),
            Map.entry(ErrorCode.INVALID_REFERENCE,
                    "Vul uw referentie in zoals die in de e-mail staat, bijvoorbeeld RMT-7KQ4-XM2P."),
            Map.entry(ErrorCode.INVALID_WITHDRAWAL_CODE,
                    "Vul de intrekcode in zoals die in de e-mail staat: %s letters en cijfers."),
            Map.entry(ErrorCode.UNKNOWN_FIELD, "Dit veld hoort niet bij het formulier."),
            Map.entry(ErrorCode.INVALID_TYPE, "Dit veld heeft een verkeerd soort waarde (%s verwacht)."),
            Map.entry(ErrorCode.OUT_OF_RANGE, "Vul een getal in van %s tot en met %s."),
            Map.entry(ErrorCode.INVALID_KVK_NUMBER, "Vul het KvK-nummer in: precies 8 cijfers."),
            Map.entry(ErrorCode.MUNICIPALITY_OUTSIDE_REGION, "Deze gemeente hoort niet bij de regio van dit loket."),
            Map.entry(ErrorCode.INVITATION_UNKNOWN,
                    "Deze uitnodigingscode kennen we niet in deze regio. Controleer de code in de brief."),
            Map.entry(ErrorCode.INVITATION_EXPIRED,
                    "Deze uitnodiging is verlopen. U kunt zich nog wel zonder uitnodiging aanmelden."),
            Map.entry(ErrorCode.INVITATION_CLOSED,
                    "Deze uitnodiging is gesloten. U kunt zich nog wel zonder uitnodiging aanmelden.")));

    private static final Map<ErrorCode, String> ENGLISH = new EnumMap<>(Map.ofEntries(
            Map.entry(ErrorCode.REQUIRED, "This field is required."),
            Map.entry(ErrorCode.TOO_LONG, "Use at most %s characters."),
            Map.entry(ErrorCode.INVALID_CHARACTERS, "This field contains characters that are not allowed."),
            Map.entry(ErrorCode.INVALID_EMAIL, "Enter a valid email address, for example name@example.com."),
            Map.entry(ErrorCode.INVALID_PHONE,
                    "Enter a valid phone number, for example 0612345678 or +31612345678."),
            Map.entry(ErrorCode.INVALID_POSTCODE, "Enter a valid Dutch postcode, for example 1234 AB."),
            Map.entry(ErrorCode.INVALID_DATE, "Enter a valid date as yyyy-mm-dd."),
            Map.entry(ErrorCode.DATE_OUT_OF_RANGE, "Enter a date between %s and %s."),
            Map.entry(ErrorCode.DATE_OF_BIRTH_IN_FUTURE, "The date of birth cannot be in the future."),
            Map.entry(ErrorCode.DATE_OF_BIRTH_IMPLAUSIBLE,
                    "Check the date of birth: your age must be between %s and %s years."),
            Map.entry(ErrorCode.UNKNOWN_MUNICIPALITY,
                    "We do not know this municipality code. Use a CBS code such as GM0363."),
            Map.entry(ErrorCode.UNKNOWN_REGION, "This regional desk does not exist."),
            Map.entry(ErrorCode.UNKNOWN_VALUE, "Choose one of: %s."),
            Map.entry(ErrorCode.DUPLICATE_VALUE, "This value is already listed."),
            Map.entry(ErrorCode.PRIVACY_STATEMENT_REQUIRED, "You need to accept the privacy statement."),
            Map.entry(ErrorCode.BSN_NOT_ALLOWED,
                    "Please do not share your citizen service number (BSN) in this form. Remove the number."),
            Map.entry(ErrorCode.NOT_ALLOWED, "This field is only allowed with %s."),
            Map.entry(ErrorCode.INVALID_REFERENCE,
                    "Enter your reference as shown in the email, for example RMT-7KQ4-XM2P."),
            Map.entry(ErrorCode.INVALID_WITHDRAWAL_CODE,
                    "Enter the withdrawal code as shown in the email: %s letters and digits."),
            Map.entry(ErrorCode.UNKNOWN_FIELD, "This field is not part of the form."),
            Map.entry(ErrorCode.INVALID_TYPE, "This field has the wrong kind of value (expected %s)."),
            Map.entry(ErrorCode.OUT_OF_RANGE, "Enter a number from %s to %s."),
            Map.entry(ErrorCode.INVALID_KVK_NUMBER, "Enter the KvK number: exactly 8 digits."),
            Map.entry(ErrorCode.MUNICIPALITY_OUTSIDE_REGION, "This municipality is not in this desk's region."),
            Map.entry(ErrorCode.INVITATION_UNKNOWN,
                    "We do not know this invitation code in this region. Check the code in the letter."),
            Map.entry(ErrorCode.INVITATION_EXPIRED,
                    "This invitation has expired. You can still apply without an invitation."),
            Map.entry(ErrorCode.INVITATION_CLOSED,
                    "This invitation has been closed. You can still apply without an invitation.")));

    private ValidationMessages() {
    }

    public static String message(Language language, ErrorCode code, Object... arguments) {
        String template = (language == Language.NL ? DUTCH : ENGLISH).get(code);
        return template.formatted(arguments);
    }
}
