package nl.rmt.intake.domain.confirmation;

import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.RoutingDecision;

/** Writes the one email a citizen gets after routing, in their language, as plain text and as HTML. */
public final class ConfirmationComposer {

    public ConfirmationEmail compose(ConfirmationDetails details) {
        ConfirmationWording wording = ConfirmationWording.of(details.language());
        List<String> partnerTypes = details.partnerTypesReceived().stream()
                .map(type -> PartnerTypeNames.of(type, details.language()))
                .toList();
        String subject = Placeholders.fill(wording.subject(), Map.of("reference", details.reference()));
        return new ConfirmationEmail(subject, text(details, wording, partnerTypes), html(details, wording, subject, partnerTypes));
    }

    private static String text(ConfirmationDetails details, ConfirmationWording wording, List<String> partnerTypes) {
        Map<String, String> values = Map.of(
                "givenName", details.givenName(),
                "reference", details.reference(),
                "lead", details.leadDisplayName(),
                "days", wording.days(details.contactWithinWorkingDays()),
                "url", details.withdrawalLink(),
                "code", details.withdrawalCode());
        StringBuilder text = new StringBuilder()
                .append(Placeholders.fill(wording.greeting(), values)).append("\n\n")
                .append(wording.thanks()).append("\n\n")
                .append(Placeholders.fill(wording.reference(), values)).append('\n')
                .append(wording.quoteReference()).append("\n\n")
                .append(Placeholders.fill(wording.contact(), values)).append("\n\n");
        if (!details.help().isEmpty()) {
            text.append(wording.helpTitle()).append('\n');
            details.help().forEach(line -> text.append("- ")
                    .append(line.sentence(details.language(), details.leadDisplayName())).append('\n'));
            text.append('\n');
        }
        text.append(wording.sharedWith()).append('\n');
        partnerTypes.forEach(type -> text.append("- ").append(type).append('\n'));
        return text.append('\n')
                .append(Placeholders.fill(wording.withdraw(), values)).append("\n\n")
                .append(wording.signOff()).append('\n')
                .append(wording.signature()).append('\n')
                .toString();
    }

    private static String html(ConfirmationDetails details, ConfirmationWording wording, String subject,
            List<String> partnerTypes) {
        String link = Html.escape(details.withdrawalLink());
        Map<String, String> values = Map.of(
                "givenName", Html.escape(details.givenName()),
                "reference", "<strong>" + Html.escape(details.reference()) + "</strong>",
                "lead", Html.escape(details.leadDisplayName()),
                "days", Html.escape(wording.days(details.contactWithinWorkingDays())),
                "url", "<a href=\"" + link + "\">" + Html.escape(details.withdrawalUrl()) + "</a>",
                "code", "<strong>" + Html.escape(details.withdrawalCode()) + "</strong>");
        StringBuilder list = new StringBuilder("<ul>\n");
        partnerTypes.forEach(type -> list.append("<li>").append(Html.escape(type)).append("</li>\n"));
        HtmlEmail email = new HtmlEmail(details.language(), subject)
                .paragraph(HtmlEmail.fill(wording.greeting(), values))
                .paragraph(Html.escape(wording.thanks()))
                .paragraph(HtmlEmail.fill(wording.reference(), values) + "<br>" + Html.escape(wording.quoteReference()))
                .paragraph(HtmlEmail.fill(wording.contact(), values));
        if (!details.help().isEmpty()) {
            StringBuilder help = new StringBuilder("<ul>\n");
            details.help().forEach(line -> help.append("<li>")
                    .append(line.sentence(details.language(), details.leadDisplayName(), Html::escape))
                    .append("</li>\n"));
            email.paragraph(Html.escape(wording.helpTitle())).raw(help.append("</ul>\n").toString());
        }
        return email
                .paragraph(Html.escape(wording.sharedWith()))
                .raw(list.append("</ul>\n").toString())
                .paragraph(HtmlEmail.fill(wording.withdraw(), values))
                .signOff(wording.signOff(), wording.signature())
                .end();
    }



    /** The partner types of a decision's recipients, for {@link ConfirmationDetails#partnerTypesReceived()}. */
    public static List<PartnerType> partnerTypesOf(RoutingDecision decision) {
        return decision.recipients().stream().map(recipient -> recipient.partner().type()).distinct().toList();
    }
}
