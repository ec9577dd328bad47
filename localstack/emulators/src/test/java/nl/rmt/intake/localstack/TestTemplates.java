package nl.rmt.intake.localstack;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The templates under src/test/resources. */
final class TestTemplates {

    private TestTemplates() {
    }

    static Path path(String name) {
        try {
            return Path.of(TestTemplates.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Test template " + name + " missing", e);
        }
    }
}
