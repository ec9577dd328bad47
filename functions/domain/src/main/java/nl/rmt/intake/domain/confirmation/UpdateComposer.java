package nl.rmt.intake.domain.confirmation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes the email a citizen gets when their case has a new lead, after a re-route or an escalation: who will
 * contact them now and when. It says nothing about why the previous organisation stopped.
 */
public final class UpdateComposer {

    public ConfirmationEmail compose(UpdateDetails details) {
        UpdateWording wording = UpdateWording.of(details.language());
        // One source for "working day(s)", so that both emails count days in the same words.
        String days = ConfirmationWording.of(details.language()).days(details.contactWithinWorkingDays());
        String subject = Placeholders.fill(wording.subject(), Map.of("reference", details.reference()));
        return new ConfirmationEmail(subject, text(details, wording, days), html(details, wording, days, subject));
    }

    private static String text(UpdateDetails details, UpdateWording wording, String days) {
        Map<String, String> values = Map.of(
                "givenName", details.givenName(),
                "reference", details.reference(),
                "lead", details.newLeadDisplayName(),
                "days", days);
        return new StringBuilder()
                .append(Placeholders.fill(wording.greeting(), values)).append("\n\n")
                .append(wording.why(details.reason())).append(' ')
                .append(Placeholders.fill(wording.contact(), values))
                .append(details.newLeadHelpsWith().isEmpty() ? ""
                        : " " + Placeholders.fill(wording.helpsWith(), withNeeds(values, details, wording)))
                .append("\n\n")
                .append(Placeholders.fill(wording.reference(), values)).append("\n\n")
                .append(wording.signOff()).append('\n')
                .append(wording.signature()).append('\n')
                .toString();
    }

    /** The needs the new lead helps with, joined as "werk en loopbaanadvies". */
    private static Map<String, String> withNeeds(Map<String, String> values, UpdateDetails details,
            UpdateWording wording, UnaryOperator<String> escape) {
        List<String> needs = details.newLeadHelpsWith().stream()
                .map(need -> escape.apply(NeedNames.of(need, details.language()))).toList();
        Map<String, String> all = new HashMap<>(values);
        all.put("needs", PlainLists.join(needs, wording.and()));
        return all;
    }

    private static Map<String, String> withNeeds(Map<String, String> values, UpdateDetails details,
            UpdateWording wording) {
        return withNeeds(values, details, wording, UnaryOperator.identity());
    }

    private static String html(UpdateDetails details, UpdateWording wording, String days, String subject) {
        Map<String, String> values = Map.of(
                "givenName", Html.escape(details.givenName()),
                "reference", "<strong>" + Html.escape(details.reference()) + "</strong>",
                "lead", Html.escape(details.newLeadDisplayName()),
                "days", Html.escape(days));
        return new HtmlEmail(details.language(), subject)
                .paragraph(HtmlEmail.fill(wording.greeting(), values))
                .paragraph(Html.escape(wording.why(details.reason())) + " " + HtmlEmail.fill(wording.contact(), values)
                        + (details.newLeadHelpsWith().isEmpty() ? ""
                        : " " + HtmlEmail.fill(wording.helpsWith(), withNeeds(values, details, wording, Html::escape))))
                .paragraph(HtmlEmail.fill(wording.reference(), values))
                .signOff(wording.signOff(), wording.signature())
                .end();
    }


}
