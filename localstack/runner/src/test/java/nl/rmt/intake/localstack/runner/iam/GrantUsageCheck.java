package nl.rmt.intake.localstack.runner.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.iam.IamPattern;
import nl.rmt.intake.localstack.iam.IamStatement;
import nl.rmt.intake.localstack.iam.UsageLog;
import org.junit.jupiter.api.Test;

/**
 * Every action and resource a function's role grants was used by that function somewhere in the test run: in the
 * handler tests (functions/handlers) or by the local runtime (localstack/runner: handlers, pollers, Lambda's own
 * logging). Runs after both modules' tests (the {@code grant-usage} execution in this module's pom), reading the
 * permissions they recorded under {@code target/iam-usage}. Writes its report to {@code target/iam-grant-usage.txt}.
 */
class GrantUsageCheck {

    private static final List<String> MODULES_RUNNING_FUNCTIONS = List.of("functions/handlers", "localstack/runner");

    @Test
    void everyGrantOfEveryFunctionIsUsedByTheTests() throws IOException {
        Map<String, Set<String>> used = recordedUse();
        List<String> report = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (FunctionDefinition function : EmbeddedStack.shared().environment().functions()) {
            Set<String> uses = used.getOrDefault(function.logicalId(), Set.of());
            List<String> grants = new ArrayList<>();
            for (IamStatement statement : function.policy().grants()) {
                for (String action : statement.actions()) {
                    for (String resource : statement.resources().stream().map(UsageLog::portable).toList()) {
                        String grant = action + " on " + resource;
                        grants.add(grant);
                        if (uses.stream().noneMatch(use -> covers(action, resource, use))) {
                            unused.add(function.logicalId() + ": " + grant);
                        }
                    }
                }
            }
            long unusedHere = unused.stream().filter(line -> line.startsWith(function.logicalId() + ": ")).count();
            report.add(function.logicalId() + ": granted " + grants.size() + ", used " + (grants.size() - unusedHere)
                    + ", unused " + unusedHere + " (" + uses.size() + " distinct calls seen)");
            grants.forEach(grant -> report.add("  grant " + grant));
            uses.forEach(use -> report.add("  used  " + use.replace('\t', ' ')));
        }
        report.add("unused: " + unused.size());
        unused.forEach(line -> report.add("  " + line));
        Path file = ProjectFiles.root().resolve("localstack/runner/target/iam-grant-usage.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report, StandardCharsets.UTF_8);

        assertThat(unused).as("granted but used by no test (report: " + file + ")").isEmpty();
    }

    private static boolean covers(String action, String resource, String use) {
        String[] parts = use.split("\t");
        return IamPattern.matchesAction(action, parts[0]) && IamPattern.matchesResource(resource, parts[1]);
    }

    /** By function: {@code action<TAB>resource} of each permission used. */
    private static Map<String, Set<String>> recordedUse() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (String module : MODULES_RUNNING_FUNCTIONS) {
            Path directory = ProjectFiles.root().resolve(module).resolve("target/iam-usage");
            assertThat(directory).as("permission use of " + module + "'s tests: run `mvn -B verify` from the root")
                    .isDirectory();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        String[] parts = line.split("\t", 2);
                        used.computeIfAbsent(parts[0], function -> new TreeSet<>()).add(parts[1]);
                    }
                }
            }
        }
        return used;
    }
}
