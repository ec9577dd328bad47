package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * What the employer gets: the invitation letter for its staff (with the link and its QR code, on one A4 page) and
 * its own view of the funnel, with small numbers shown as "fewer than 5" and a clear error for a wrong link.
 */
class EmployerViewAndLetterBrowserTest extends InBrowser {

    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @ParameterizedTest
    @EnumSource(Language.class)
    void theLetterNamesTheEmployerLinksToTheFormWithTheCodeAndPrintsOnOneA4Page(Language language) {
        String employer = "Amstelveen Print BV " + language.code.toUpperCase();
        JsonNode registered = Reorganisations.register(employer);
        String code = Reorganisations.code(registered);
        browser.open((language == Language.NL ? "/uitnodigingsbrief" : "/invitation-letter") + "?uitnodiging=" + code);

        browser.awaitVisible("#letter");
        assertThat(browser.byId("letter-to").getText()).contains(employer);
        assertThat(browser.byId("letter-code").getText()).isEqualTo(code);
        assertThat(browser.byId("letter-link").getAttribute("href"))
                .isEqualTo(PagesStack.url() + language.intake + "?region=AM18&uitnodiging=" + code);
        assertThat(browser.byId("letter-valid").getText())
                .contains(registered.get("invitation").get("validUntil").asText().substring(0, 4));
        assertThat(browser.driver().findElements(By.cssSelector("#letter-qr svg[role=img] path"))).hasSize(1);
        Axe.assertNoSeriousFindings(browser, "the invitation letter in " + language);
        browser.screenshot("letter-" + language.code);

        Map<String, Object> pdf = browser.driver().executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        String document = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        assertThat(PDF_PAGE.matcher(document).results().count()).as("pages of the printed letter").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theEmployerSeesTheFunnelWithSmallNumbersHiddenAndAWrongKeyIsRefusedClearly(Language language) {
        JsonNode registered = Reorganisations.register("Diemen Logistiek BV");
        String link = Reorganisations.employerLink(registered);
        String page = language == Language.NL ? "/werkgever" : "/employer";
        browser.open(page + link.substring(link.indexOf('#')));

        browser.awaitVisible("#overview");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("key=");
        assertThat(browser.byId("overview-employer").getText()).isEqualTo("Diemen Logistiek BV");
        String fewer = language == Language.NL ? "minder dan 5" : "fewer than 5";
        assertThat(browser.driver().findElements(By.cssSelector("#funnel-rows tr"))).hasSize(6)
                .allSatisfy(row -> assertThat(row.findElement(By.tagName("td")).getText()).isIn("40", fewer));
        Axe.assertNoSeriousFindings(browser, "the employer's view in " + language);
        browser.screenshot("employer-view-" + language.code);

        String wrongKey = link.substring(link.indexOf('#')).replaceAll("key=[^&]*", "key=not-the-key");
        browser.open(page + wrongKey);
        browser.awaitVisible("#problem");
        assertThat(browser.byId("problem-title").getText())
                .isEqualTo(language == Language.NL ? "Deze link werkt niet" : "This link does not work");
        assertThat(browser.driver().getTitle()).startsWith(language.errorPrefix);
        Axe.assertNoSeriousFindings(browser, "the employer's view with a wrong key in " + language);
    }
}
