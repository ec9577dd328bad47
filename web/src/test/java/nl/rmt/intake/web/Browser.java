package nl.rmt.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages (chromium, chromium-driver), with a fresh profile and without any
 * of the browser's own network traffic, so that a test sees only the pages and the API.
 */
final class Browser implements AutoCloseable {

    static final int PHONE_WIDTH = 390;
    /** How long a step may take: sending waits for the proof of work, and the machine may be busy with other builds. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium is not installed: apt-get install -y chromium chromium-driver");
        }
        try {
            profile = Files.createTempDirectory("rmt-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1024,900",
                        "--lang=nl");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String pathAndQuery) {
        driver.get(PagesStack.url() + pathAndQuery);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** The visible page's main heading: the step's form or section that is not hidden. */
    WebElement heading() {
        return driver.findElements(By.cssSelector("main h1")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow();
    }

    String activeElementId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Waits until the page's heading reads {@code text} (steps change without a page load). */
    void awaitHeading(String text) {
        new WebDriverWait(driver, PATIENCE).withMessage(() -> "the heading \"" + text + "\"; " + pageState())
                .until(d -> {
                    try {
                        return heading().getText().contains(text);
                    } catch (RuntimeException notYet) {
                        return false;
                    }
                });
    }

    /**
     * Where the page stopped, for a wait that gives up: its heading, the step in its address, its error summary and
     * the proof of work's widget state.
     */
    String pageState() {
        try {
            return String.valueOf(driver.executeScript(
                    "const shown = [...document.querySelectorAll('main h1')].find((h) => h.offsetParent !== null);"
                    + "const summary = document.getElementById('error-summary');"
                    + "const widget = document.querySelector('altcha-widget');"
                    + "return 'the page shows \"' + (shown ? shown.textContent.trim() : '') + '\" at \"'"
                    + " + window.location.hash + '\"; error summary: \"'"
                    + " + (summary && summary.offsetParent !== null ? summary.textContent.trim() : '')"
                    + " + '\"; proof-of-work widget: '"
                    + " + (widget && typeof widget.getState === 'function' ? widget.getState() : 'none');"));
        } catch (RuntimeException pageGone) {
            return "the page could not be read: " + pageGone.getClass().getSimpleName();
        }
    }

    /** Waits until {@code condition} holds, counting an element replaced or not yet there as not yet. */
    void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, PATIENCE).until(d -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException replacedOrNotYetThere) {
                return false;
            }
        });
    }

    void awaitVisible(String css) {
        new WebDriverWait(driver, PATIENCE).until(d -> {
            try {
                return find(css).isDisplayed();
            } catch (RuntimeException replacedOrNotYetThere) {
                return false;
            }
        });
    }

    /** Presses Tab until the element with {@code id} has focus: proof that the keyboard reaches it. */
    WebElement tabTo(String id) {
        for (int presses = 0; presses < 80; presses++) {
            if (id.equals(activeElementId())) {
                return driver.switchTo().activeElement();
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    /** The viewport as a phone's, without resizing the window (Chromium has a minimum window width). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    void resetViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * A PNG of the whole page at a phone's width, in web/target/screenshots, or for the README in the folder named
     * by {@code -Drmt.screenshots=docs/screenshots} (relative to the project root).
     */
    void screenshot(String name) {
        viewport(PHONE_WIDTH, 800);
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        viewport(PHONE_WIDTH, Math.min(2400, height.intValue()));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        resetViewport();
        try {
            Path root = PagesStack.site().getParent().getParent();
            Path folder = root.resolve(System.getProperty("rmt.screenshots", "web/target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile harms nothing.
        }
    }
}
