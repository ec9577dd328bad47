package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The form without a mouse, and at 320 CSS pixels wide without sideways scrolling (WCAG 2.1.1 and 1.4.10). */
class KeyboardAndReflowBrowserTest extends InBrowser {

    private static void type(String id, String text) {
        browser.tabTo(id).sendKeys(text);
    }

    private static void press(String id, Keys key) {
        browser.tabTo(id).sendKeys(key);
    }

    @Test
    void theWholeFormCanBeDoneWithTheKeyboardAlone() {
        browser.open("/en?region=AM18");
        browser.awaitHeading(Language.EN.step(1));
        type("person-givenName", "Sam");
        type("person-familyName", "de Vries");
        type("person-dateOfBirth-day", "4");
        type("person-dateOfBirth-month", "7");
        type("person-dateOfBirth-year", "1988");
        type("person-homeMunicipality", "Zaanst");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB, Keys.ENTER);
        browser.awaitHeading(Language.EN.step(2));

        type("person-email", EmailAddresses.unique("sam"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.awaitHeading(Language.EN.step(3));

        // A radio group is one Tab stop; the arrow keys choose within it.
        press("situation-workStatus-EMPLOYED", Keys.ARROW_DOWN);
        assertThat(browser.byId("situation-workStatus-AT_RISK").isSelected()).isTrue();
        press("situation-benefit-NONE", Keys.SPACE);
        press("needs-CAREER_ADVICE", Keys.SPACE);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.awaitHeading(Language.EN.step(4));

        press("consent-partnerTypes-VAKBOND", Keys.SPACE);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.awaitHeading(Language.EN.check);
        assertThat(browser.find("#check-list").getText()).contains("Sam", "de Vries", "04-07-1988", "Zaanstad",
                "I am likely to lose my job", "Career advice", "the trade unions");

        press("consent-privacyStatement", Keys.SPACE);
        // Past the privacy statement's link and the proof of work's checkbox (the widget solves on its own).
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.ENTER);
        browser.awaitHeading(Language.EN.sent);
        assertThat(browser.heading().getText()).isEqualTo(Language.EN.sent);
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo(Language.EN.sent);
    }

    @Test
    void everyStepFitsA320PixelWideScreenWithoutScrollingSideways() {
        IntakeForm form = new IntakeForm(browser);
        browser.open("/?region=AM18");
        browser.awaitHeading(Language.NL.step(1));
        browser.viewport(320, 640);
        for (int step = 1; step <= 4; step++) {
            browser.awaitHeading(Language.NL.step(step));
            assertNoSidewaysScroll("step " + step);
            switch (step) {
                case 1 -> form.aboutYou();
                case 2 -> form.contact(EmailAddresses.unique("reflow"));
                case 3 -> form.situation();
                default -> form.sharing();
            }
            form.next();
        }
        browser.awaitHeading(Language.NL.check);
        assertNoSidewaysScroll("the check page");
        browser.resetViewport();
    }

    private static void assertNoSidewaysScroll(String where) {
        Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        Object tooWide = browser.driver().executeScript("""
                return [...document.querySelectorAll('body *')].filter(e => e.scrollWidth > e.clientWidth && getComputedStyle(e).overflowX === 'visible')
                  .map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')""");
        assertThat(scrollWidth.intValue()).as(where + ", overflowing: " + tooWide).isLessThanOrEqualTo(320);
    }
}
