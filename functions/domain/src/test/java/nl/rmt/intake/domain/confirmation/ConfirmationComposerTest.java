package nl.rmt.intake.domain.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.LeadAssignment;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.routing.RoutingDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConfirmationComposerTest {

    private static final String URL = "https://intake.rmt.example/intrekken";
    private static final String LINK = URL + "#reference=RMT-7KQ4-XM2P&code=K7P2-99QX";

    private final ConfirmationComposer composer = new ConfirmationComposer();

    private static ConfirmationDetails details(Language language) {
        return new ConfirmationDetails(language, "Noor", "RMT-7KQ4-XM2P", "Gemeente Tilburg", 5,
                List.of(PartnerType.GEMEENTE, PartnerType.SCHULDHULP, PartnerType.RMT), URL, "K7P2-99QX");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void bothBodiesStateReferenceLeadPartnerTypesAndHowToWithdraw(Language language) {
        ConfirmationEmail email = composer.compose(details(language));

        for (String body : List.of(email.textBody(), email.htmlBody())) {
            assertThat(body).contains("Noor", "RMT-7KQ4-XM2P", "Gemeente Tilburg", URL, "K7P2-99QX");
            assertThat(body).contains(
                    PartnerTypeNames.of(PartnerType.GEMEENTE, language),
                    PartnerTypeNames.of(PartnerType.SCHULDHULP, language),
                    PartnerTypeNames.of(PartnerType.RMT, language));
            assertThat(body).doesNotContain(PartnerTypeNames.of(PartnerType.UWV, language))
                    .doesNotContain(PartnerTypeNames.of(PartnerType.VAKBOND, language));
        }
        assertThat(email.subject()).contains("RMT-7KQ4-XM2P");
    }

    @Test
    void theDutchEmailIsInDutch() {
        ConfirmationEmail email = composer.compose(details(Language.NL));

        assertThat(email.subject()).isEqualTo("Bevestiging van uw aanmelding RMT-7KQ4-XM2P");
        assertThat(email.textBody()).contains(
                "Beste Noor,",
                "Uw referentie: RMT-7KQ4-XM2P",
                "Gemeente Tilburg neemt binnen 5 werkdagen contact met u op.",
                "Uw gegevens zijn gedeeld met:\n- de gemeente\n- schuldhulpverlening\n- het regionale mobiliteitsteam\n",
                "Ga naar " + LINK + " en vul uw referentie RMT-7KQ4-XM2P en de intrekcode K7P2-99QX in.");
        assertThat(email.htmlBody()).contains("<html lang=\"nl\">");
    }

    @Test
    void theEnglishEmailIsInEnglish() {
        ConfirmationEmail email = composer.compose(details(Language.EN));

        assertThat(email.subject()).isEqualTo("Confirmation of your registration RMT-7KQ4-XM2P");
        assertThat(email.textBody()).contains(
                "Dear Noor,",
                "Your reference: RMT-7KQ4-XM2P",
                "Gemeente Tilburg will contact you within 5 working days.",
                "Your details have been shared with:\n- the municipality\n- debt counselling\n- the regional mobility team\n",
                "Go to " + LINK + " and enter your reference RMT-7KQ4-XM2P and the withdrawal code K7P2-99QX.");
        assertThat(email.htmlBody()).contains("<html lang=\"en\">");
    }

    @Test
    void oneWorkingDayIsSingular() {
        ConfirmationDetails oneDay = new ConfirmationDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", 1,
                List.of(PartnerType.UWV), URL, "K7P2-99QX");
        ConfirmationDetails oneDayInEnglish = new ConfirmationDetails(Language.EN, "Noor", "RMT-7KQ4-XM2P", "UWV", 1,
                List.of(PartnerType.UWV), URL, "K7P2-99QX");

        assertThat(composer.compose(oneDay).textBody()).contains("binnen 1 werkdag contact");
        assertThat(composer.compose(oneDayInEnglish).textBody()).contains("within 1 working day.");
    }

    @Test
    void theHtmlBodyLinksToTheWithdrawalPageWithReferenceAndCodeInTheFragment() {
        ConfirmationEmail email = composer.compose(details(Language.EN));

        assertThat(email.htmlBody()).contains("<a href=\"" + LINK.replace("&", "&amp;") + "\">" + URL + "</a>")
                .contains("<li>the municipality</li>");
    }

    @Test
    void everyValueInsertedIntoTheHtmlIsEscaped() {
        ConfirmationDetails hostile = new ConfirmationDetails(Language.NL, "<script>alert('x')</script>", "RMT-7KQ4-XM2P",
                "Werk & Inkomen \"Noord\"", 5, List.of(PartnerType.GEMEENTE), "https://rmt.example/w?a=1&b=\"><img>",
                "<b>code</b>");

        String html = composer.compose(hostile).htmlBody();

        assertThat(html).doesNotContain("<script>", "<img>", "<b>code</b>", "b=\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Werk &amp; Inkomen &quot;Noord&quot;")
                .contains("href=\"https://rmt.example/w?a=1&amp;b=&quot;&gt;&lt;img&gt;#reference=")
                .contains("&lt;b&gt;code&lt;/b&gt;");
    }

    @Test
    void theWithdrawalLinkNeverPutsTheCodeInTheQueryString() {
        String link = details(Language.NL).withdrawalLink();

        assertThat(link).startsWith(URL + "#").doesNotContain("?");
    }

    @Test
    void aWithdrawalUrlWithItsOwnFragmentIsRefused() {
        assertThatThrownBy(() -> new ConfirmationDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", 5,
                List.of(PartnerType.UWV), URL + "#top", "K7P2-99QX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextBodyKeepsValuesAsTyped() {
        ConfirmationDetails withAmpersand = new ConfirmationDetails(Language.EN, "Anne-Marie", "RMT-7KQ4-XM2P",
                "Werk & Inkomen", 5, List.of(PartnerType.GEMEENTE), URL, "K7P2-99QX");

        assertThat(composer.compose(withAmpersand).textBody()).contains("Werk & Inkomen will contact you")
                .doesNotContain("&amp;");
    }

    @Test
    void aNameThatLooksLikeAPlaceholderIsNotFilledIn() {
        ConfirmationDetails sneaky = new ConfirmationDetails(Language.EN, "{code}", "RMT-7KQ4-XM2P", "UWV", 5,
                List.of(PartnerType.UWV), URL, "K7P2-99QX");

        ConfirmationEmail email = composer.compose(sneaky);

        assertThat(email.textBody()).startsWith("Dear {code},");
        assertThat(email.htmlBody()).contains("Dear {code},");
    }

    @Test
    void partnerTypesAreTakenFromTheDecisionsRecipientsOnce() {
        var desk = new Partner("rmt-am01", PartnerType.RMT,
                Map.of(Language.NL, "RMT Groningen"), "desk-am01", Set.of("AM01"), 3);
        var uwv = new Partner("uwv", PartnerType.UWV, Map.of(Language.NL, "UWV"),
                "partner-uwv", Set.of(), 5);
        var lead = new LeadAssignment("national-4-ww", "national", "benefit WW → UWV",
                PartnerType.UWV, uwv, List.of());
        var decision = new RoutingDecision("v", null, List.of(), lead,
                List.of(new Recipient(desk, Role.REFERRAL, List.of())),
                List.of());

        assertThat(ConfirmationComposer.partnerTypesOf(decision)).containsExactly(PartnerType.UWV, PartnerType.RMT);
    }
}
