package nl.rmt.intake.domain.confirmation;

import nl.rmt.intake.domain.form.Language;

/**
 * The sentences of the confirmation email in one language. Placeholders in braces are filled by
 * {@link ConfirmationComposer}: {@code {givenName}}, {@code {reference}}, {@code {lead}}, {@code {days}},
 * {@code {url}}, {@code {code}}; the help per need by {@link HelpLine}: {@code {need}}, {@code {organisation}},
 * {@code {days}}, {@code {type}}, {@code {lead}}.
 */
record ConfirmationWording(
        String subject,
        String greeting,
        String thanks,
        String reference,
        String quoteReference,
        String contact,
        String oneWorkingDay,
        String workingDays,
        String sharedWith,
        String helpTitle,
        String helpBy,
        String helpWithoutConsent,
        String helpByNobody,
        String withdraw,
        String signOff,
        String signature) {

    private static final ConfirmationWording DUTCH = new ConfirmationWording(
            "Bevestiging van uw aanmelding {reference}",
            "Beste {givenName},",
            "Bedankt voor uw aanmelding bij het regionale mobiliteitsteam.",
            "Uw referentie: {reference}",
            "Vermeld deze referentie als u contact met ons opneemt.",
            "{lead} neemt binnen {days} contact met u op.",
            "werkdag",
            "werkdagen",
            "Uw gegevens zijn gedeeld met:",
            "Wie helpt u waarmee:",
            "Voor {need}: {organisation} neemt binnen {days} contact met u op.",
            "Voor {need}: u gaf geen toestemming om uw gegevens te delen met {type}. {lead} bespreekt met u wie u"
                    + " hierbij kan helpen.",
            "Voor {need}: hiervoor is geen organisatie gekozen. {lead} bespreekt met u wie u hierbij kan helpen.",
            "Wilt u uw aanmelding intrekken? Ga naar {url} en vul uw referentie {reference} en de intrekcode {code} in."
                    + " Wij laten de organisaties hierboven dan weten dat u bent gestopt en verwijderen uw gegevens.",
            "Met vriendelijke groet,",
            "Het regionale mobiliteitsteam");

    private static final ConfirmationWording ENGLISH = new ConfirmationWording(
            "Confirmation of your registration {reference}",
            "Dear {givenName},",
            "Thank you for registering with the regional mobility team.",
            "Your reference: {reference}",
            "Please quote this reference whenever you contact us.",
            "{lead} will contact you within {days}.",
            "working day",
            "working days",
            "Your details have been shared with:",
            "Who will help you with what:",
            "For {need}: {organisation} will contact you within {days}.",
            "For {need}: you did not agree to share your details with {type}. {lead} will discuss with you who can"
                    + " help you with this.",
            "For {need}: no organisation has been chosen for this. {lead} will discuss with you who can help you with"
                    + " this.",
            "Want to withdraw your registration? Go to {url} and enter your reference {reference} and the withdrawal"
                    + " code {code}. We will then tell the organisations above that you have withdrawn and erase your"
                    + " details.",
            "Kind regards,",
            "The regional mobility team");

    static ConfirmationWording of(Language language) {
        return language == Language.NL ? DUTCH : ENGLISH;
    }

    String days(int count) {
        return count + " " + (count == 1 ? oneWorkingDay : workingDays);
    }
}
