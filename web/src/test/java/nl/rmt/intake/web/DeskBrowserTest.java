package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.UUID;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.runner.ProofOfWorkClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A desk signs in (locally by choosing its region), finds a new case with the filters, reads why it went to its
 * lead, and re-routes it by hand; every call is signed with SigV4 by the page.
 */
class DeskBrowserTest extends InBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Language.class)
    void aDeskFindsTheCaseReadsItsDecisionAndReroutesIt(Language language) throws Exception {
        String reference = submittedIntake();
        browser.open(language == Language.NL ? "/balie" : "/desk");
        browser.awaitVisible("#sign-in");
        Axe.assertNoSeriousFindings(browser, "the desk's sign-in in " + language);
        browser.screenshot("desk-sign-in-" + language.code);

        browser.find("#sign-in button[type=submit]").click();
        browser.awaitVisible("#error-summary");
        assertThat(browser.activeElementId()).isEqualTo("error-summary");

        new Select(browser.byId("desk-region")).selectByValue("AM18");
        browser.find("#sign-in button[type=submit]").click();
        browser.awaitVisible("#cases");
        new Select(browser.byId("filter-group")).selectByValue("JOBBANK");
        new Select(browser.byId("filter-status")).selectByValue("ROUTED");
        browser.find("#filters button[type=submit]").click();
        browser.awaitVisible("#cases-rows a");
        assertThat(browser.driver().findElements(By.cssSelector("#cases-rows tr"))).isNotEmpty();
        Axe.assertNoSeriousFindings(browser, "the desk's case list in " + language);
        browser.screenshot("desk-cases-" + language.code);

        browser.driver().findElement(By.linkText(reference)).click();
        browser.awaitHeading(reference);
        // The plain words, with the rule id beside them for staff.
        assertThat(browser.byId("case-decision").getText()).contains("national-1-jobbank-wajong").contains(
                language == Language.NL
                        ? "Hoofdpartner: UWV, omdat u onder de banenafspraak valt en u een Wajong-uitkering ontvangt."
                        : "Lead: UWV (Employee Insurance Agency), because you come under the Banenafspraak (jobs"
                                + " agreement) and you receive Wajong.",
                language == Language.NL
                        ? "Voor werk: UWV neemt binnen 5 werkdagen contact met u op."
                        : "For work: UWV (Employee Insurance Agency) will contact you within 5 working days.");
        assertThat(browser.byId("case-history").getText()).contains("citizen");
        assertThat(browser.byId("case-messages").getText()).contains("partner-uwv");
        Axe.assertNoSeriousFindings(browser, "a case at the desk in " + language);
        browser.screenshot("desk-case-" + language.code);

        browser.byId("partnerId").sendKeys("am18-gemeente");
        browser.byId("reason").sendKeys("Woont in Amsterdam-Noord; de gemeente heeft een passend traject.");
        browser.find("#reroute button[type=submit]").click();

        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> !browser.byId("reroute-result").getText().isBlank());
        assertThat(browser.byId("reroute-result").getText()).contains("am18-gemeente");
        assertThat(browser.byId("case-facts").getText()).contains("am18-gemeente");
        assertThat(browser.byId("case-history").getText()).contains("desk:AM18");
        Axe.assertNoSeriousFindings(browser, "a re-routed case in " + language);
        browser.byId("sign-out").click();
        browser.awaitVisible("#sign-in");
    }

    /** An intake in the Banenafspraak register with a Wajong benefit: UWV leads, by national rule 1. */
    private static String submittedIntake() throws Exception {
        JsonNode event = JSON.readTree(Files.readString(
                ProjectFiles.root().resolve("events/intakes/jobbank-wajong-amsterdam.json")));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PagesStack.url() + "/v1/regions/AM18/intakes"))
                .header("content-type", "application/json")
                .header("idempotency-key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(event.get("body").asText()));
        new ProofOfWorkClient(http, PagesStack.url()).solve()
                .ifPresent(proof -> request.header("X-Altcha", proof));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        PagesStack.lambda().drain();
        return JSON.readTree(response.body()).get("reference").asText();
    }
}
