package nl.rmt.intake.web;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Fills in the intake form's steps as a person with a mouse and keyboard does, with valid answers. */
final class IntakeForm {

    private final Browser browser;

    IntakeForm(Browser browser) {
        this.browser = browser;
    }

    void type(String id, String text) {
        browser.byId(id).clear();
        browser.byId(id).sendKeys(text);
    }

    /**
     * Presses the shown step's button and, before a step's next, waits until the next step is shown or the step
     * shows its errors anew: steps change on the page's hash event, after the click has returned, so a field of
     * the next step cannot be filled in yet, and a summary still there from before says nothing. The check page's
     * send is left to the test to wait for.
     */
    void next() {
        WebElement shown = browser.driver().findElement(By.cssSelector("form.rmt-step-form:not([hidden])"));
        String step = shown.getAttribute("data-step");
        browser.driver().executeScript(
                "for (const item of document.getElementById('error-summary-list').children) item.dataset.old = '';");
        shown.findElement(By.cssSelector("button[type=submit]")).click();
        if (!"check".equals(step)) {
            browser.await(() -> !step.equals(shownStep()) || (browser.byId("error-summary").isDisplayed()
                    && !browser.driver().findElements(By.cssSelector("#error-summary-list > li:not([data-old])"))
                            .isEmpty()));
        }
    }

    private String shownStep() {
        return browser.driver().findElements(By.cssSelector("form.rmt-step-form:not([hidden])")).stream()
                .map(form -> form.getAttribute("data-step")).findFirst().orElse("");
    }

    void aboutYou() {
        type("person-givenName", "Noor");
        type("person-familyName", "Jansen");
        type("person-dateOfBirth-day", "30");
        type("person-dateOfBirth-month", "11");
        type("person-dateOfBirth-year", "1996");
        type("person-postcode", "1012 JS");
        chooseMunicipality("Amsterdam");
    }

    void chooseMunicipality(String name) {
        browser.byId("person-homeMunicipality").sendKeys(name);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("person-homeMunicipality__option--0")).isEmpty());
        browser.byId("person-homeMunicipality__option--0").click();
    }

    void contact(String email) {
        type("person-email", email);
        type("person-phone", "06 12345678");
    }

    void situation() {
        browser.byId("situation-workStatus-UNEMPLOYED").click();
        browser.byId("situation-benefit-WAJONG").click();
        browser.byId("situation-flag-inBanenafspraakRegister").click();
        browser.byId("situation-flag-hasBasicQualification").click();
        browser.byId("needs-WORK").click();
    }

    /** From a filled-in step 1 on to the check page, with a contact address and a situation. */
    void onToTheCheckPage(String email) {
        next();
        contact(email);
        next();
        situation();
        next();
        next();
    }

    void sharing() {
        browser.byId("consent-partnerTypes-UWV").click();
        browser.byId("consent-partnerTypes-GEMEENTE").click();
    }
}
