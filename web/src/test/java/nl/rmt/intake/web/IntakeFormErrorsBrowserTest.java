package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a citizen sees when an answer is wrong: the summary, focused, and the same words at each field. */
class IntakeFormErrorsBrowserTest extends InBrowser {

    @ParameterizedTest
    @EnumSource(Language.class)
    void anEmptyStepShowsAFocusedSummaryLinkingToEachFieldWithTheInlineErrorsWords(Language language) {
        browser.open(language.intake + "?region=AM18");
        browser.awaitHeading(language.step(1));

        new IntakeForm(browser).next();

        browser.awaitVisible("#error-summary");
        assertThat(browser.activeElementId()).isEqualTo("error-summary");
        assertThat(browser.byId("error-summary").getText()).startsWith(language.problem);
        assertThat(browser.driver().getTitle()).startsWith(language.errorPrefix + language.step(1));
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#error-summary-list a"));
        assertThat(links).hasSize(3);
        for (WebElement link : links) {
            String target = link.getAttribute("href").replaceAll(".*#", "");
            String field = target.replaceAll("-(day|month|year)$", "");
            WebElement error = browser.byId(field + "-error");
            assertThat(error.getText()).isEqualTo(link.getText());
            WebElement control = browser.byId(target);
            assertThat(control.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(control.getAttribute("aria-describedby")).contains(field + "-error");
        }
        Axe.assertNoSeriousFindings(browser, "step 1 with errors in " + language);
        browser.screenshot("intake-errors-" + language.code);

        links.get(0).click();
        assertThat(browser.activeElementId()).isEqualTo("person-givenName");
        browser.byId("person-givenName").sendKeys("Noor");
        new IntakeForm(browser).next();
        assertThat(browser.byId("person-givenName").getAttribute("aria-invalid")).isNull();
        assertThat(browser.driver().findElements(By.cssSelector("#error-summary-list a"))).hasSize(2);
    }

    @Test
    void theApisFieldErrorsAppearOnTheStepAndFieldTheyAreAbout() {
        IntakeForm form = new IntakeForm(browser);
        browser.open("/?region=AM18");
        browser.awaitHeading(Language.NL.step(1));
        form.aboutYou();
        // A birth year the browser accepts but the service refuses: a 10-year-old is no job seeker.
        form.type("person-dateOfBirth-year", String.valueOf(java.time.Year.now().getValue() - 10));
        form.onToTheCheckPage(EmailAddresses.unique("jan"));
        browser.awaitHeading(Language.NL.check);
        browser.byId("consent-privacyStatement").click();
        form.next();

        browser.awaitHeading(Language.NL.step(1));
        browser.awaitVisible("#error-summary");
        assertThat(browser.activeElementId()).isEqualTo("error-summary");
        String message = browser.byId("person-dateOfBirth-error").getText();
        assertThat(message).isNotBlank();
        assertThat(browser.find("#error-summary-list a").getText()).isEqualTo(message);
        assertThat(browser.byId("person-dateOfBirth-day").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().getTitle()).startsWith("Fout: Stap 1 van 4");
    }

    @Test
    void aPageWithoutADeskRegionSaysSoInsteadOfShowingTheForm() {
        browser.open("/");

        assertThat(browser.byId("no-region").isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector(".rmt-step-form")))
                .noneMatch(WebElement::isDisplayed);
    }

    @Test
    void aProofOfWorkTheApiRefusesShowsAtTheWidgetAndTheNextSendSolvesANewOne() {
        IntakeForm form = new IntakeForm(browser);
        browser.open("/en?region=AM18");
        browser.awaitHeading(Language.EN.step(1));
        form.aboutYou();
        form.onToTheCheckPage(EmailAddresses.unique("kim"));
        browser.awaitHeading(Language.EN.check);
        // The first send carries a forged solution, as a tampered or replayed one would reach the API.
        browser.driver().executeScript("const send = window.fetch; window.fetch = (url, init) => {"
                + " if (init && init.headers && init.headers['x-altcha']) { window.fetch = send;"
                + " init.headers['x-altcha'] = btoa('{}'); } return send(url, init); };");
        browser.byId("consent-privacyStatement").click();
        form.next();

        browser.awaitVisible("#X-Altcha-error");
        String message = "The check that you are not a robot failed. Wait until the new check is done and send again.";
        assertThat(browser.byId("X-Altcha-error").getText()).isEqualTo(message);
        assertThat(browser.find("#error-summary-list").getText()).isEqualTo(message);
        assertThat(browser.activeElementId()).isEqualTo("error-summary");
        Axe.assertNoSeriousFindings(browser, "the check page with a refused proof of work");

        form.next();
        browser.awaitHeading(Language.EN.sent);
    }
}
