package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import nl.rmt.intake.localstack.ProjectFiles;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, injected from the npm package (never fetched), run against the page as it is now with the WCAG 2.0, 2.1
 * A and AA rules: a serious or critical finding fails the test and names the rule and the elements.
 */
final class Axe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    private Axe() {
    }

    static void assertNoSeriousFindings(Browser browser, String what) {
        JavascriptExecutor page = browser.driver();
        page.executeScript(source());
        String result = (String) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error',
                     impact: 'critical', help: String(e), nodes: []}])));
                """);
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(result)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                    serious.add(violation.path("id").asText() + " (" + impact + "): " + violation.path("help").asText()
                            + " " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(serious).as("axe-core on " + what).isEmpty();
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(ProjectFiles.root().resolve("web/node_modules/axe-core/axe.min.js"));
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is not installed: npm ci --prefix web", e);
            }
        }
        return source;
    }
}
