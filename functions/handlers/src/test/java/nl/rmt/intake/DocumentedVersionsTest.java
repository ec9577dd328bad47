package nl.rmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.domain.routing.PartnerMessage;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.localstack.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The versions the README, the API document and the partners' guide show are the ones the code writes. */
class DocumentedVersionsTest {

    private static final Pattern RULES_VERSION = Pattern.compile("rules-[0-9.]+\\+partners-[0-9.]+");
    private static final Pattern SCHEMA_VERSION_EXAMPLE =
            Pattern.compile("\"schemaVersion\": \"([0-9.]+)\"|schemaVersion: '([0-9.]+)'");

    @Test
    void everyRulesVersionInTheExamplesIsTheShippedOne() {
        String shipped = RoutingData.loadDefault().version();
        List<String> shown = new ArrayList<>();
        for (String file : List.of("README.md", "api/openapi.yaml", "docs/partners.md")) {
            Matcher matcher = RULES_VERSION.matcher(read(file));
            while (matcher.find()) {
                shown.add(file + ": " + matcher.group());
            }
        }

        assertThat(shown).isNotEmpty().allSatisfy(example -> assertThat(example).endsWith(": " + shipped));
    }

    @Test
    void everyPartnerMessageExampleHasTheSchemaVersionTheCodeWrites() {
        List<String> shown = new ArrayList<>();
        for (String file : List.of("docs/partners.md",
                "functions/domain/src/main/resources/contract/asyncapi.yaml")) {
            Matcher matcher = SCHEMA_VERSION_EXAMPLE.matcher(read(file));
            while (matcher.find()) {
                shown.add(file + ": " + (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
            }
        }

        assertThat(shown).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(example -> assertThat(example).endsWith(": " + PartnerMessage.SCHEMA_VERSION));
    }

    private static String read(String file) {
        try {
            return Files.readString(ProjectFiles.root().resolve(Path.of(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
