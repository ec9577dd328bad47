package nl.rmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.compose.FunctionEnvironments;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateChecks;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;
import org.junit.jupiter.api.Test;

/**
 * template.yaml read as data, without starting anything, against rules a deployment relies on.
 *
 * <p>Which settings a function needs is worked out from the code: every {@code Settings.required/optional("X")} in
 * the main sources, charged to every function whose handler class reaches the reading class through the class
 * references in the compiled code, transitively (a handler, the store it constructs, the mailer that store...). A
 * reference does not prove the reading code runs, so this may ask for a variable a function could do without; it
 * does not miss one that code it can run reads.
 */
class TemplateChecksTest {

    private static final TemplateChecks CHECKS = TemplateChecks.load(ProjectFiles.template());
    private static final Path SOURCES = ProjectFiles.root().resolve("functions/handlers/src/main/java");
    private static final Path CLASSES = classesFolder();
    private static final Pattern SETTINGS_CALL = Pattern.compile("Settings\\.(?:required|optional)\\(");
    private static final Pattern SETTINGS_READ = Pattern.compile("Settings\\.(?:required|optional)\\(\"([A-Z0-9_]+)\"\\)");
    /** Class names as compiled code holds them, in constant pool entries and descriptors. */
    private static final Pattern CLASS_NAME = Pattern.compile("nl/rmt/intake/[A-Za-z0-9_/$]+");

    @Test
    void everyRefGetAttAndSubVariableNamesAParameterPseudoParameterOrResourceWithThatAttribute() {
        assertThat(CHECKS.unresolvedReferences()).isEmpty();
    }

    @Test
    void everyFunctionRunsOnJava21OnArm64AsTheReadmeDocuments() {
        assertThat(CHECKS.model().resourcesOfType(TemplateModel.SERVERLESS_FUNCTION)).isNotEmpty();
        assertThat(CHECKS.functionsNotOn("java21", "arm64")).isEmpty();
    }

    @Test
    void everyQueueThatIsNoDeadLetterQueueOrFailureDestinationHasARedrivePolicy() {
        assertThat(CHECKS.queuesWithoutRedrivePolicy()).isEmpty();
    }

    @Test
    void everyQueueAndStreamSourceReportsPartialBatchFailures() {
        assertThat(CHECKS.batchSourcesWithoutPartialBatchResponses()).isEmpty();
    }

    @Test
    void everySettingThatCodeAHandlerReachesReadsIsSetForThatFunction() {
        Map<String, Map<String, String>> environments = FunctionEnvironments.resolve(CHECKS.model(), StackSettings.defaults());
        Map<String, Set<String>> missing = new TreeMap<>();
        for (TemplateResource function : CHECKS.model().resourcesOfType(TemplateModel.SERVERLESS_FUNCTION)) {
            Set<String> unset = new TreeSet<>(settingsReachedFrom(handlerClass(function)));
            unset.removeAll(environments.get(function.logicalId()).keySet());
            if (!unset.isEmpty()) {
                missing.put(function.logicalId(), unset);
            }
        }
        assertThat(missing).as("variables read by code the function's handler reaches, but not set for it").isEmpty();
    }

    @Test
    void theScanFollowsAHandlerIntoTheClassesItConstructs() {
        Set<String> reached = reachableClasses("nl.rmt.intake.handlers.confirmation.ConfirmationHandler");

        assertThat(reached).contains("nl/rmt/intake/mail/SesMailer", "nl/rmt/intake/store/DynamoDbCaseStore",
                "nl/rmt/intake/config/Settings");
        assertThat(settingsReachedFrom("nl.rmt.intake.handlers.confirmation.ConfirmationHandler"))
                .contains("TABLE_NAME", "QUEUE_NAME_PREFIX", "SENDER_ADDRESS", "SES_CONFIGURATION_SET", "WITHDRAWAL_URL");
    }

    @Test
    void everySettingsReadNamesItsVariableLiterallySoTheScanSeesIt() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(count(SETTINGS_CALL, source)).as(SOURCES.relativize(file).toString())
                        .isEqualTo(count(SETTINGS_READ, source));
                assertThat(source).as(SOURCES.relativize(file).toString())
                        .doesNotContain("import static " + Settings.class.getName());
            }
        }
    }

    private static String handlerClass(TemplateResource function) {
        String handler = String.valueOf(function.properties().get("Handler"));
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }

    private static Set<String> settingsReachedFrom(String className) {
        Set<String> read = new TreeSet<>();
        for (String reached : reachableClasses(className)) {
            String topLevel = reached.contains("$") ? reached.substring(0, reached.indexOf('$')) : reached;
            Path source = SOURCES.resolve(topLevel + ".java");
            if (Files.exists(source)) {
                Matcher matcher = SETTINGS_READ.matcher(read(source));
                while (matcher.find()) {
                    read.add(matcher.group(1));
                }
            }
        }
        return read;
    }

    /** Internal names of this module's classes that {@code className} refers to, directly or through others. */
    private static Set<String> reachableClasses(String className) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(className.replace('.', '/'));
        while (!pending.isEmpty()) {
            String name = pending.poll();
            Path classFile = CLASSES.resolve(name + ".class");
            // Classes of other modules (the domain) and libraries cannot read Settings, which lives here.
            if (!reached.add(name) || !Files.exists(classFile)) {
                continue;
            }
            Matcher matcher = CLASS_NAME.matcher(new String(bytes(classFile), StandardCharsets.ISO_8859_1));
            while (matcher.find()) {
                pending.add(matcher.group());
            }
        }
        reached.removeIf(name -> !Files.exists(CLASSES.resolve(name + ".class")));
        return reached;
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    private static Path classesFolder() {
        try {
            return Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
