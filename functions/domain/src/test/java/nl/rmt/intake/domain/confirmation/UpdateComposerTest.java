package nl.rmt.intake.domain.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.rmt.intake.domain.form.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UpdateComposerTest {

    private final UpdateComposer composer = new UpdateComposer();

    private static UpdateDetails details(Language language, UpdateDetails.Reason reason) {
        return new UpdateDetails(language, "Noor", "RMT-7KQ4-XM2P", "Gemeente Amsterdam", 5, reason);
    }

    @Test
    void theDutchEmailAfterAReRouteNamesTheNewOrganisationAndWhen() {
        ConfirmationEmail email = composer.compose(details(Language.NL, UpdateDetails.Reason.REROUTED));

        assertThat(email.subject()).isEqualTo("Nieuws over uw aanmelding RMT-7KQ4-XM2P");
        assertThat(email.textBody()).isEqualTo("""
                Beste Noor,

                Uw aanmelding is doorgestuurd naar een andere organisatie, die u verder helpt. \
                Gemeente Amsterdam neemt binnen 5 werkdagen contact met u op.

                Uw referentie blijft RMT-7KQ4-XM2P. Vermeld deze als u contact met ons opneemt.

                Met vriendelijke groet,
                Het regionale mobiliteitsteam
                """);
        assertThat(email.htmlBody()).contains("<html lang=\"nl\">");
    }

    @Test
    void theEnglishEmailAfterAnEscalationSaysTheTeamTookOver() {
        ConfirmationEmail email = composer.compose(
                new UpdateDetails(Language.EN, "Noor", "RMT-7KQ4-XM2P", "RMT Groot Amsterdam", 3, UpdateDetails.Reason.ESCALATED));

        assertThat(email.subject()).isEqualTo("News about your registration RMT-7KQ4-XM2P");
        assertThat(email.textBody()).contains("Dear Noor,",
                "Your registration has not been picked up yet, so the regional mobility team is now taking it on itself.",
                "RMT Groot Amsterdam will contact you within 3 working days.",
                "Your reference stays RMT-7KQ4-XM2P.");
        assertThat(email.htmlBody()).contains("<html lang=\"en\">", "<strong>RMT-7KQ4-XM2P</strong>");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theReasonDecidesTheOpeningSentence(Language language) {
        String rerouted = composer.compose(details(language, UpdateDetails.Reason.REROUTED)).textBody();
        String escalated = composer.compose(details(language, UpdateDetails.Reason.ESCALATED)).textBody();

        assertThat(rerouted).isNotEqualTo(escalated);
        assertThat(rerouted).contains(UpdateWording.of(language).rerouted()).doesNotContain(UpdateWording.of(language).escalated());
        assertThat(escalated).contains(UpdateWording.of(language).escalated());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void bothBodiesStateNameNewLeadDaysAndReference(Language language) {
        ConfirmationEmail email = composer.compose(details(language, UpdateDetails.Reason.REROUTED));

        for (String body : List.of(email.textBody(), email.htmlBody())) {
            assertThat(body).contains("Noor", "Gemeente Amsterdam", "RMT-7KQ4-XM2P",
                    ConfirmationWording.of(language).days(5));
        }
    }

    @Test
    void oneWorkingDayIsSingular() {
        UpdateDetails oneDay = new UpdateDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", 1, UpdateDetails.Reason.REROUTED);
        UpdateDetails oneDayInEnglish = new UpdateDetails(Language.EN, "Noor", "RMT-7KQ4-XM2P", "UWV", 1, UpdateDetails.Reason.REROUTED);

        assertThat(composer.compose(oneDay).textBody()).contains("binnen 1 werkdag contact");
        assertThat(composer.compose(oneDayInEnglish).textBody()).contains("within 1 working day.");
    }

    @Test
    void everyValueInsertedIntoTheHtmlIsEscaped() {
        UpdateDetails hostile = new UpdateDetails(Language.NL, "<script>alert('x')</script>", "RMT-7KQ4-XM2P",
                "Werk & Inkomen \"Noord\"", 5, UpdateDetails.Reason.REROUTED);

        String html = composer.compose(hostile).htmlBody();

        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Werk &amp; Inkomen &quot;Noord&quot;");
    }

    @Test
    void theTextBodyKeepsValuesAsTyped() {
        UpdateDetails withAmpersand = new UpdateDetails(Language.EN, "Anne-Marie", "RMT-7KQ4-XM2P", "Werk & Inkomen", 5,
                UpdateDetails.Reason.REROUTED);

        assertThat(composer.compose(withAmpersand).textBody()).contains("Werk & Inkomen will contact you")
                .doesNotContain("&amp;");
    }

    @Test
    void aNameThatLooksLikeAPlaceholderIsNotFilledIn() {
        UpdateDetails sneaky = new UpdateDetails(Language.EN, "{lead}", "RMT-7KQ4-XM2P", "UWV", 5, UpdateDetails.Reason.REROUTED);

        ConfirmationEmail email = composer.compose(sneaky);

        assertThat(email.textBody()).startsWith("Dear {lead},");
        assertThat(email.htmlBody()).contains("Dear {lead},");
    }

    @Test
    void theEmailStaysShort() {
        for (Language language : Language.values()) {
            for (UpdateDetails.Reason reason : UpdateDetails.Reason.values()) {
                assertThat(composer.compose(details(language, reason)).textBody().lines().count())
                        .as("%s %s", language, reason).isLessThanOrEqualTo(8);
            }
        }
    }

    @Test
    void theNewLeadNamesTheNeedsItHelpsWithInBothLanguages() {
        List<nl.rmt.intake.domain.form.Need> needs =
                List.of(nl.rmt.intake.domain.form.Need.WORK, nl.rmt.intake.domain.form.Need.CAREER_ADVICE);

        ConfirmationEmail dutch = composer.compose(new UpdateDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P",
                "Gemeente Amsterdam", 5, UpdateDetails.Reason.REROUTED, needs));
        ConfirmationEmail english = composer.compose(new UpdateDetails(Language.EN, "Noor", "RMT-7KQ4-XM2P",
                "Gemeente Amsterdam", 5, UpdateDetails.Reason.ESCALATED, List.of(nl.rmt.intake.domain.form.Need.WORK)));

        assertThat(dutch.textBody()).contains("Gemeente Amsterdam neemt binnen 5 werkdagen contact met u op."
                + " Gemeente Amsterdam helpt u met werk en loopbaanadvies.");
        assertThat(english.textBody()).contains("Gemeente Amsterdam will contact you within 5 working days."
                + " Gemeente Amsterdam will help you with work.");
    }

    @Test
    void withoutNeedsForTheNewLeadTheEmailPromisesNone() {
        ConfirmationEmail email = composer.compose(details(Language.EN, UpdateDetails.Reason.REROUTED));

        assertThat(email.textBody()).doesNotContain("help you with");
    }

    @Test
    void theNewLeadsNameIsEscapedInTheNeedsSentence() {
        ConfirmationEmail email = composer.compose(new UpdateDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P",
                "A & <b>B</b>", 5, UpdateDetails.Reason.REROUTED, List.of(nl.rmt.intake.domain.form.Need.WORK)));

        assertThat(email.htmlBody()).contains("A &amp; &lt;b&gt;B&lt;/b&gt; helpt u met werk.").doesNotContain("<b>B</b>");
    }
}
