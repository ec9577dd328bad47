package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An employee follows the invitation of a reorganisation: the form names it and fills in the situation (which stays
 * changeable), and the confirmation names it again; a code the service does not know, or refuses once the
 * reorganisation is closed, is explained, and the person registers without it (then the confirmation names none).
 */
class InvitationBrowserTest extends InBrowser {

    @ParameterizedTest
    @EnumSource(Language.class)
    void anInvitedEmployeeSeesTheReorganisationNamedAndTheSituationFilledInAndRegisters(Language language) {
        String employer = "Haarlemmermeer Staal BV " + language.code.toUpperCase();
        JsonNode registered = Reorganisations.register(employer);
        IntakeForm form = new IntakeForm(browser);
        browser.open(language.intake + "?region=AM18&uitnodiging=" + Reorganisations.code(registered));

        browser.awaitVisible("#invitation-box");
        assertThat(browser.byId("invitation").getText()).contains(employer);
        assertThat(browser.find("a.rmt-language").getAttribute("href")).contains("uitnodiging=");
        Axe.assertNoSeriousFindings(browser, "step 1 with an invitation in " + language);
        browser.screenshot("intake-invitation-" + language.code);

        form.aboutYou();
        form.next();
        form.contact(EmailAddresses.unique("invited"));
        form.next();
        browser.awaitHeading(language.step(3));
        LocalDate notice = LocalDate.now().plusDays(60);
        assertThat(browser.byId("situation-workStatus-AT_RISK").isSelected()).isTrue();
        assertThat(browser.byId("situation-workEndDate-day").getAttribute("value"))
                .isEqualTo(String.valueOf(notice.getDayOfMonth()));
        assertThat(browser.byId("situation-workEndDate-year").getAttribute("value"))
                .isEqualTo(String.valueOf(notice.getYear()));
        browser.byId("situation-benefit-NONE").click();
        browser.byId("needs-WORK").click();
        form.next();
        // The next step's button is only there to click once that step is shown.
        browser.awaitHeading(language.step(4));
        form.next();
        browser.awaitHeading(language.check);
        browser.byId("consent-privacyStatement").click();
        form.next();
        browser.awaitHeading(language.sent);

        assertThat(browser.byId("done-reorganisation").isDisplayed()).isTrue();
        assertThat(browser.byId("done-reorganisation").getText()).isEqualTo(language == Language.NL
                ? "U heeft zich aangemeld via de uitnodiging van de reorganisatie bij " + employer
                        + ". Uw werkgever hoort niet dat u zich heeft aangemeld."
                : "You registered through the invitation of the reorganisation at " + employer
                        + ". Your employer is not told that you registered.");
        Axe.assertNoSeriousFindings(browser, "the confirmation of an invited employee in " + language);
        browser.screenshot("intake-invitation-sent-" + language.code);
    }

    @Test
    void anInvitationClosedBeforeSendingComesBackOnStep1AndThePersonRegistersWithoutIt() {
        JsonNode registered = Reorganisations.register("Schiphol Catering BV");
        IntakeForm form = new IntakeForm(browser);
        browser.open("/?region=AM18&uitnodiging=" + Reorganisations.code(registered));
        browser.awaitVisible("#invitation-box");
        form.aboutYou();
        form.onToTheCheckPage(EmailAddresses.unique("closed"));
        browser.awaitHeading(Language.NL.check);
        browser.byId("consent-privacyStatement").click();
        Reorganisations.close(registered);

        form.next();
        browser.awaitHeading(Language.NL.step(1));
        browser.awaitVisible("#invitation-error");
        assertThat(browser.activeElementId()).isEqualTo("error-summary");
        assertThat(browser.find("#error-summary-list a").getText()).isEqualTo(browser.byId("invitation-error").getText());
        assertThat(browser.find("#error-summary-list a").getAttribute("href")).endsWith("#invitation");
        assertThat(browser.byId("invitation").getText()).contains("zonder uitnodiging");
        Axe.assertNoSeriousFindings(browser, "a refused invitation on step 1");
        browser.screenshot("intake-invitation-refused-nl");

        for (int step = 1; step <= 4; step++) {
            form.next();
        }
        browser.awaitHeading(Language.NL.check);
        form.next();
        browser.awaitHeading(Language.NL.sent);
        assertThat(browser.byId("done-reorganisation").isDisplayed()).isFalse();
        assertThat(browser.byId("done-reorganisation").getText()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUnknownOrClosedCodeIsExplainedAndTheFormFillsInNothing(Language language) {
        browser.open(language.intake + "?region=AM18&uitnodiging=ZZZZ2222");
        browser.awaitVisible("#invitation-box");
        assertThat(browser.byId("invitation").getText())
                .contains(language == Language.NL ? "kennen wij niet" : "do not know this invitation");
        assertThat(browser.byId("situation-workStatus-AT_RISK").isSelected()).isFalse();
        Axe.assertNoSeriousFindings(browser, "an unknown invitation in " + language);

        JsonNode registered = Reorganisations.register("Aalsmeer Bloemen BV");
        Reorganisations.close(registered);
        browser.open(language.intake + "?region=AM18&uitnodiging=" + Reorganisations.code(registered));
        browser.awaitVisible("#invitation-box");
        assertThat(browser.byId("invitation").getText())
                .contains(language == Language.NL ? "reorganisatie is gesloten" : "reorganisation has been closed");
        assertThat(browser.byId("situation-workStatus-AT_RISK").isSelected()).isFalse();
    }
}
