package nl.rmt.intake.domain.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The confirmation email says, per need the citizen ticked, who helps with it. */
class ConfirmationHelpPerNeedTest {

    private static final String URL = "https://intake.rmt.example/intrekken";

    private final ConfirmationComposer composer = new ConfirmationComposer();

    private static ConfirmationDetails details(Language language, String lead, List<HelpLine> help) {
        return new ConfirmationDetails(language, "Noor", "RMT-7KQ4-XM2P", lead, 5,
                List.of(PartnerType.UWV, PartnerType.SCHULDHULP), URL, "K7P2-99QX", help);
    }

    private static final List<HelpLine> HELP = List.of(
            HelpLine.helpedBy(Need.WORK, "UWV Drechtsteden", 5),
            HelpLine.helpedBy(Need.DEBT_HELP, "Schuldhulpverlening Dordrecht", 1),
            HelpLine.nobody(Need.INCOME_SUPPORT, PartnerType.GEMEENTE),
            HelpLine.nobody(Need.LANGUAGE, null));

    @Test
    void theDutchEmailSaysPerNeedWhoHelps() {
        ConfirmationEmail email = composer.compose(details(Language.NL, "UWV Drechtsteden", HELP));

        assertThat(email.textBody()).contains("""
                Wie helpt u waarmee:
                - Voor werk: UWV Drechtsteden neemt binnen 5 werkdagen contact met u op.
                - Voor schulden: Schuldhulpverlening Dordrecht neemt binnen 1 werkdag contact met u op.
                - Voor inkomen: u gaf geen toestemming om uw gegevens te delen met de gemeente. UWV Drechtsteden \
                bespreekt met u wie u hierbij kan helpen.
                - Voor Nederlands leren: hiervoor is geen organisatie gekozen. UWV Drechtsteden bespreekt met u wie u \
                hierbij kan helpen.
                """);
        assertThat(email.htmlBody()).contains("<li>Voor werk: UWV Drechtsteden neemt binnen 5 werkdagen contact met u"
                + " op.</li>");
    }

    @Test
    void theEnglishEmailSaysPerNeedWhoHelps() {
        ConfirmationEmail email = composer.compose(details(Language.EN, "UWV Drechtsteden", HELP));

        assertThat(email.textBody()).contains("""
                Who will help you with what:
                - For work: UWV Drechtsteden will contact you within 5 working days.
                - For debts: Schuldhulpverlening Dordrecht will contact you within 1 working day.
                - For income: you did not agree to share your details with the municipality. UWV Drechtsteden will \
                discuss with you who can help you with this.
                - For learning Dutch: no organisation has been chosen for this. UWV Drechtsteden will discuss with you \
                who can help you with this.
                """);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyNeedOfTheFormHasItsOwnWords(Language language) {
        List<HelpLine> help = java.util.Arrays.stream(Need.values())
                .map(need -> HelpLine.helpedBy(need, "RMT Drechtsteden", 3)).toList();

        String text = composer.compose(details(language, "RMT Drechtsteden", help)).textBody();

        for (Need need : Need.values()) {
            assertThat(text).contains((language == Language.NL ? "- Voor " : "- For ") + NeedNames.of(need, language)
                    + ": RMT Drechtsteden");
        }
        assertThat(java.util.Arrays.stream(Need.values()).map(need -> NeedNames.of(need, language)).distinct())
                .hasSize(Need.values().length);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void withoutNeedsTheEmailHasNoHelpSection(Language language) {
        ConfirmationEmail email = composer.compose(details(language, "UWV", List.of()));

        assertThat(email.textBody()).doesNotContain("Wie helpt u waarmee").doesNotContain("Who will help you with what");
        assertThat(email.htmlBody()).doesNotContain("Wie helpt u waarmee").doesNotContain("Who will help you with what");
    }

    @Test
    void namesInTheHelpLinesAreEscapedInHtmlAndKeptAsWrittenInText() {
        String partner = "Schuld & <b>Hulp</b> \"Zuid\"";
        ConfirmationEmail email = composer.compose(details(Language.NL, "Lead <i>&</i>",
                List.of(HelpLine.helpedBy(Need.DEBT_HELP, partner, 5), HelpLine.nobody(Need.LANGUAGE, null))));

        assertThat(email.htmlBody())
                .contains("Voor schulden: Schuld &amp; &lt;b&gt;Hulp&lt;/b&gt; &quot;Zuid&quot; neemt binnen")
                .contains("Lead &lt;i&gt;&amp;&lt;/i&gt; bespreekt")
                .doesNotContain("<b>Hulp</b>").doesNotContain("<i>&</i>");
        assertThat(email.textBody()).contains("Voor schulden: " + partner + " neemt binnen");
    }
}
