package nl.rmt.intake.domain.confirmation;

import nl.rmt.intake.domain.form.Language;

/**
 * The sentences of the email about a new lead in one language. Placeholders in braces are filled by
 * {@link UpdateComposer}: {@code {givenName}}, {@code {reference}}, {@code {lead}}, {@code {days}}, {@code {needs}}.
 */
record UpdateWording(
        String subject,
        String greeting,
        String rerouted,
        String escalated,
        String contact,
        String helpsWith,
        String and,
        String reference,
        String signOff,
        String signature) {

    private static final UpdateWording DUTCH = new UpdateWording(
            "Nieuws over uw aanmelding {reference}",
            "Beste {givenName},",
            "Uw aanmelding is doorgestuurd naar een andere organisatie, die u verder helpt.",
            "Uw aanmelding is nog niet opgepakt. Het regionale mobiliteitsteam neemt die daarom nu zelf over.",
            "{lead} neemt binnen {days} contact met u op.",
            "{lead} helpt u met {needs}.",
            " en ",
            "Uw referentie blijft {reference}. Vermeld deze als u contact met ons opneemt.",
            "Met vriendelijke groet,",
            "Het regionale mobiliteitsteam");

    private static final UpdateWording ENGLISH = new UpdateWording(
            "News about your registration {reference}",
            "Dear {givenName},",
            "Your registration has been passed on to another organisation, which will help you further.",
            "Your registration has not been picked up yet, so the regional mobility team is now taking it on itself.",
            "{lead} will contact you within {days}.",
            "{lead} will help you with {needs}.",
            " and ",
            "Your reference stays {reference}. Please quote it whenever you contact us.",
            "Kind regards,",
            "The regional mobility team");

    static UpdateWording of(Language language) {
        return language == Language.NL ? DUTCH : ENGLISH;
    }

    String why(UpdateDetails.Reason reason) {
        return switch (reason) {
            case REROUTED -> rerouted;
            case ESCALATED -> escalated;
        };
    }
}
