package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.localstack.SentEmail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A citizen's whole journey in each language, in a real browser against the real stack: every step of the form,
 * the check page, the confirmation with who helps with each need, the email, and the withdrawal with the email's
 * reference and code. Every page and state is checked with axe-core and photographed for the README.
 */
class CitizenJourneyBrowserTest extends InBrowser {

    private static final Pattern WITHDRAWAL_LINK = Pattern.compile("(http://\\S+/intrekken#reference=\\S+&code=\\S+)");

    @ParameterizedTest
    @EnumSource(Language.class)
    void registersIsConfirmedByPageAndEmailAndWithdrawsWithTheEmailsLink(Language language) {
        String email = EmailAddresses.unique("noor");
        IntakeForm form = new IntakeForm(browser);
        browser.open(language.intake + "?region=AM18");

        assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language.code);
        assertThat(browser.find("a.rmt-language").getAttribute("hreflang")).isNotEqualTo(language.code);
        assertThat(browser.find("a.rmt-language").getAttribute("href")).endsWith("?region=AM18");
        for (int step = 1; step <= 4; step++) {
            browser.awaitHeading(language.step(step));
            assertThat(browser.driver().getTitle()).startsWith(language.step(step));
            Axe.assertNoSeriousFindings(browser, "step " + step + " in " + language);
            browser.screenshot("intake-step-" + step + "-" + language.code);
            switch (step) {
                case 1 -> form.aboutYou();
                case 2 -> form.contact(email);
                case 3 -> {
                    form.situation();
                    // Help with debts, without consent for debt counselling (sharing() allows UWV and GEMEENTE).
                    browser.byId("needs-DEBT_HELP").click();
                }
                default -> form.sharing();
            }
            form.next();
        }

        browser.awaitHeading(language.check);
        assertThat(browser.find("#check-list").getText()).contains("Noor", "Jansen", "30-11-1996", "Amsterdam", email);
        assertThat(browser.byId("consent-privacyStatement").isSelected()).isFalse();
        // The local stack asks for a proof of work: the widget shows and solves its challenge in the browser.
        browser.awaitVisible("#proof-of-work");
        Axe.assertNoSeriousFindings(browser, "the check page in " + language);
        browser.screenshot("intake-check-" + language.code);

        form.next();
        browser.awaitVisible("#error-summary");
        assertThat(browser.driver().getTitle()).startsWith(language.errorPrefix + language.check);
        Axe.assertNoSeriousFindings(browser, "the check page with its error in " + language);

        browser.byId("consent-privacyStatement").click();
        form.next();
        browser.awaitHeading(language.sent);
        String reference = browser.byId("done-reference").getText();
        assertThat(reference).matches("RMT-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(browser.byId("done-contact").getText()).contains("UWV");
        assertThat(browser.find("#done-shared").findElements(By.tagName("li"))).extracting(WebElement::getText)
                .contains("UWV");
        List<String> help = browser.find("#done-help").findElements(By.tagName("li")).stream()
                .map(WebElement::getText).toList();
        assertThat(help).containsExactly(helpLines(language));
        Axe.assertNoSeriousFindings(browser, "the confirmation in " + language);
        browser.screenshot("intake-confirmation-" + language.code);

        PagesStack.lambda().drain();
        List<SentEmail> emails = PagesStack.mailbox().sentTo(email);
        assertThat(emails).hasSize(1);
        assertThat(emails.get(0).subject()).contains(reference);
        // The page and the email say the same about each need.
        help.forEach(line -> assertThat(emails.get(0).text()).contains("- " + line));
        Matcher link = WITHDRAWAL_LINK.matcher(emails.get(0).text());
        assertThat(link.find()).as(emails.get(0).text()).isTrue();

        // The email links to the Dutch page; the English page takes the same reference and code.
        browser.driver().get(language == Language.NL ? link.group(1) : link.group(1).replace("/intrekken#", language.withdraw + "#"));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language.code);
        assertThat(browser.byId("reference").getAttribute("value")).isEqualTo(reference);
        assertThat(browser.byId("code").getAttribute("value")).isNotBlank();
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("code=");
        Axe.assertNoSeriousFindings(browser, "the withdrawal page with the email's reference and code in " + language);
        browser.find("#withdraw-form button[type=submit]").click();
        browser.awaitVisible("#withdrawn");
        assertThat(browser.byId("withdrawn-message").getText()).isNotBlank();
        Axe.assertNoSeriousFindings(browser, "the withdrawal's result in " + language);
    }

    /** UWV leads (Banenafspraak with Wajong) and helps with work; nobody helps with debts: no consent for it. */
    private static String[] helpLines(Language language) {
        return language == Language.NL
                ? new String[] {"Voor werk: UWV neemt binnen 5 werkdagen contact met u op.",
                    "Voor schulden: u gaf geen toestemming om uw gegevens te delen met schuldhulpverlening. UWV"
                            + " bespreekt met u wie u hierbij kan helpen."}
                : new String[] {"For work: UWV (Employee Insurance Agency) will contact you within 5 working days.",
                    "For debts: you did not agree to share your details with debt counselling. UWV (Employee Insurance"
                            + " Agency) will discuss with you who can help you with this."};
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theWithdrawalAndPrivacyPagesPassAxeInEachLanguage(Language language) {
        browser.open(language.withdraw);
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language.code);
        Axe.assertNoSeriousFindings(browser, "the withdrawal page in " + language);
        browser.screenshot("withdraw-" + language.code);

        browser.find("#withdraw-form button[type=submit]").click();
        browser.awaitVisible("#error-summary");
        assertThat(browser.activeElementId()).isEqualTo("error-summary");
        Axe.assertNoSeriousFindings(browser, "the withdrawal page's errors in " + language);

        browser.byId("reference").sendKeys("RMT-7KQ4-XM2P");
        browser.byId("code").sendKeys("9GYG8ZWVBX");
        browser.find("#withdraw-form button[type=submit]").click();
        browser.awaitVisible("#reference-error");
        assertThat(browser.byId("reference").getAttribute("aria-invalid")).isEqualTo("true");

        browser.open(language.privacy);
        Axe.assertNoSeriousFindings(browser, "the privacy statement in " + language);
        browser.screenshot("privacy-" + language.code);
    }
}
