package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A desk registers a reorganisation (first with the errors of an empty form and one the API refuses), reads its
 * funnel, makes a new employer link (the old one stops working) and closes it after confirming.
 */
class ReorganisationDeskBrowserTest extends InBrowser {

    @ParameterizedTest
    @EnumSource(Language.class)
    void aDeskRegistersAReorganisationReadsItsFunnelRenewsTheEmployerLinkAndClosesIt(Language language) {
        String employer = "Drechtwerk Metaal BV " + language.code.toUpperCase();
        signIn(language);
        browser.find("#desk-nav a[data-part=reorganisations]").click();
        browser.awaitVisible("#reorganisations");
        assertThat(browser.find("#desk-nav a[data-part=reorganisations]").getAttribute("aria-current")).isEqualTo("page");
        Axe.assertNoSeriousFindings(browser, "the desk's reorganisations in " + language);

        browser.find("a[href='#reorganisatie-registreren']").click();
        browser.awaitVisible("#register");
        assertThat(browser.driver().findElements(By.cssSelector("#siteMunicipality option")))
                .extracting(option -> option.getAttribute("data-region")).containsOnly(null, Reorganisations.REGION);
        browser.find("#register button[type=submit]").click();
        browser.awaitVisible("#error-summary");
        assertThat(browser.activeElementId()).isEqualTo("error-summary");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#error-summary-list a"));
        assertThat(links).hasSize(9);
        assertThat(browser.byId("employer-kvkNumber").getAttribute("aria-invalid")).isEqualTo("true");
        Axe.assertNoSeriousFindings(browser, "the register form's errors in " + language);
        browser.screenshot("desk-reorganisation-errors-" + language.code);

        fillIn(employer);
        // The service allows an invitation at most a year ahead: its field error lands at the date's fields.
        LocalDate tooLate = LocalDate.now().plusYears(2);
        type("invitationValidUntil-day", String.valueOf(tooLate.getDayOfMonth()));
        type("invitationValidUntil-month", String.valueOf(tooLate.getMonthValue()));
        type("invitationValidUntil-year", String.valueOf(tooLate.getYear()));
        browser.find("#register button[type=submit]").click();
        browser.awaitVisible("#invitationValidUntil-error");
        assertThat(browser.byId("invitationValidUntil-day").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#error-summary-list a").getText())
                .isEqualTo(browser.byId("invitationValidUntil-error").getText());

        for (String part : List.of("day", "month", "year")) {
            browser.byId("invitationValidUntil-" + part).clear();
        }
        browser.find("#register button[type=submit]").click();
        browser.awaitVisible("#registered");
        assertThat(browser.byId("registered-employer").getText()).isEqualTo(employer);
        assertThat(browser.byId("registered-invitation").getAttribute("value")).contains("region=AM18", "uitnodiging=");
        String firstLink = browser.byId("registered-employer-link").getAttribute("value");
        assertThat(firstLink).contains("#reorganisation=", "&key=");
        Axe.assertNoSeriousFindings(browser, "a registered reorganisation in " + language);
        browser.screenshot("desk-reorganisation-registered-" + language.code);

        browser.byId("registered-detail").click();
        browser.awaitHeading(employer);
        String funnel = browser.byId("funnel-rows").getText();
        assertThat(funnel).contains("40", language == Language.NL ? "minder dan 5" : "fewer than 5");
        assertThat(browser.byId("reorganisation-facts").getText()).contains("Haarlemmermeer", "Petra de Vries");
        assertThat(browser.byId("reorganisation-letter-en").getAttribute("href")).contains("invitation-letter?uitnodiging=");
        Axe.assertNoSeriousFindings(browser, "a reorganisation at the desk in " + language);
        browser.screenshot("desk-reorganisation-" + language.code);

        browser.byId("employer-key").click();
        browser.awaitVisible("#employer-key-result");
        String newLink = browser.byId("employer-key-link").getAttribute("value");
        assertThat(newLink).contains("#reorganisation=").isNotEqualTo(firstLink);
        String detail = browser.driver().getCurrentUrl();

        String employerPage = language == Language.NL ? "/werkgever" : "/employer";
        browser.open(employerPage + firstLink.substring(firstLink.indexOf('#')));
        browser.awaitVisible("#problem");
        browser.open(employerPage + newLink.substring(newLink.indexOf('#')));
        browser.awaitVisible("#overview");
        assertThat(browser.byId("funnel-rows").getText()).contains("40");

        browser.driver().get(detail);
        browser.awaitHeading(employer);
        browser.byId("close").click();
        browser.awaitVisible("#close-confirm");
        assertThat(browser.activeElementId()).isEqualTo("close-confirm-title");
        Axe.assertNoSeriousFindings(browser, "closing's confirm step in " + language);
        browser.byId("close-no").click();
        assertThat(browser.byId("close-confirm").isDisplayed()).isFalse();
        assertThat(browser.activeElementId()).isEqualTo("close");
        browser.byId("close").click();
        browser.byId("close-yes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !browser.byId("reorganisation-result").getText().isBlank());
        assertThat(browser.byId("reorganisation-facts").getText())
                .contains(language == Language.NL ? "Gesloten" : "Closed").doesNotContain("Petra de Vries");
        assertThat(browser.byId("close-part").isDisplayed()).isFalse();

        browser.find("#reorganisation a.rmt-back-link").click();
        browser.awaitVisible("#reorganisations");
        new Select(browser.byId("reorganisation-status")).selectByValue("CLOSED");
        browser.find("#reorganisation-filters button[type=submit]").click();
        browser.awaitVisible("#reorganisations-rows a");
        assertThat(browser.byId("reorganisations-rows").getText()).contains(employer);
        browser.screenshot("desk-reorganisations-" + language.code);
        browser.byId("sign-out").click();
        browser.awaitVisible("#sign-in");
    }

    private static void signIn(Language language) {
        browser.open(language == Language.NL ? "/balie" : "/desk");
        browser.awaitVisible("#sign-in");
        new Select(browser.byId("desk-region")).selectByValue(Reorganisations.REGION);
        browser.find("#sign-in button[type=submit]").click();
        browser.awaitVisible("#cases");
    }

    private static void type(String id, String text) {
        browser.byId(id).clear();
        browser.byId(id).sendKeys(text);
    }

    private static void fillIn(String employer) {
        type("employer-name", employer);
        type("employer-kvkNumber", "12345678");
        new Select(browser.byId("siteMunicipality")).selectByValue("GM0394");
        new Select(browser.byId("sector")).selectByValue("C");
        type("jobsAffected", "40");
        LocalDate notice = LocalDate.now().plusDays(60);
        type("expectedNoticeDate-day", String.valueOf(notice.getDayOfMonth()));
        type("expectedNoticeDate-month", String.valueOf(notice.getMonthValue()));
        type("expectedNoticeDate-year", String.valueOf(notice.getYear()));
        browser.byId("socialPlan-yes").click();
        type("contact-name", "Petra de Vries");
        type("contact-email", "p.devries@drechtwerk.example");
    }
}
