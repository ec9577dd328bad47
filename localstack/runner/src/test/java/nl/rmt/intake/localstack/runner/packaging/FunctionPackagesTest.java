package nl.rmt.intake.localstack.runner.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every function's package as {@code sam build} makes it (functions/handlers/Makefile: the jars its handler reaches,
 * shrunk to the methods it can call) runs realistic fixtures in a JVM of its own, on that package alone, against
 * the embedded stack, error paths included: a class the shrinking removed but something loads shows up here.
 *
 * <p>Needs functions/handlers packaged by this Maven run (its jar, runtime class path file and ProGuard), as
 * {@code mvn verify} or {@code package} does: the Makefile then lays out the packages without a Maven run.
 */
class FunctionPackagesTest {

    /** Per function, its fixtures in order, each with what its answer, as the runtime writes it, holds. */
    private static final Map<String, List<Fixture>> FIXTURES = new LinkedHashMap<>();

    record Fixture(String path, List<String> answerHolds) {
    }

    static {
        fixtures("SubmitIntakeFunction", fixture("events/intakes/at-risk-employee-drechtsteden.json", "\"statusCode\":202"),
                // A bad form: field-level errors, nothing stored.
                fixture("events/invalid/many-field-errors.json", "\"statusCode\":400"));
        fixtures("PreviewIntakeFunction", fixture("events/preview/zzp-noordoost-brabant.json", "\"statusCode\":200"));
        fixtures("ChallengeFunction", fixture("events/challenge/get-challenge.json", "\"statusCode\":200"));
        fixtures("OutboxDispatchFunction", fixture("events/outbox/lead-message-inserted.json", "{\"batchItemFailures\":[]}"));
        // The fixtures below name a case the fresh stack does not have: the conditional writes fail, and the
        // functions answer as they do for a case that is gone (the SDK's exception classes loaded and caught).
        fixtures("ConfirmationFunction", fixture("events/confirmation/confirmation-requested.json",
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"9b0e1c2d-3f4a-4b5c-8d6e-7f8091a2b3c4\"}]}"));
        fixtures("PartnerFeedbackFunction", fixture("events/partner/feedback-accepted.json", "\"statusCode\":403"));
        fixtures("WithdrawalFunction", fixture("events/withdrawal/withdraw.json", "\"statusCode\":404"));
        fixtures("EmailEventsFunction", fixture("events/email/bounce.json", "ANSWER 0"));
        fixtures("ReorganisationDeskFunction", fixture("events/reorganisations/register.json", "\"statusCode\":201"),
                fixture("events/reorganisations/close.json", "\"statusCode\":404"));
        fixtures("ReorganisationPublicFunction", fixture("events/invitations/read-invitation.json", "\"statusCode\":404"));
        fixtures("DeskApiFunction", fixture("events/desk/list-cases.json", "\"statusCode\":200"),
                fixture("events/desk/read-case.json", "\"statusCode\":404"));
        fixtures("MonitoringFunction", fixture("events/monitoring/counts.json", "\"statusCode\":200"));
        fixtures("EscalationFunction", fixture("events/escalation/hourly.json", "\"escalated\":0"));
        fixtures("OutboxSweepFunction", fixture("events/sweep/every-five-minutes.json",
                "\"found\":0", "\"dispatched\":0", "\"failed\":0"));
        fixtures("RetentionFunction", fixture("events/retention/daily.json", "\"erased\":0", "\"afterClosing\":0"));
    }

    private static Path root;
    private static EmbeddedStack stack;
    private static Map<String, Path> packages;

    private static void fixtures(String function, Fixture... fixtures) {
        FIXTURES.put(function, List.of(fixtures));
    }

    private static Fixture fixture(String path, String... answerHolds) {
        return new Fixture(path, List.of(answerHolds));
    }

    @BeforeAll
    static void buildEveryPackageAndStartTheStack() throws Exception {
        root = ProjectFiles.root();
        stack = EmbeddedStack.builder().applyEnvironment(false).start();
        packages = new LinkedHashMap<>();
        Path built = root.resolve("localstack/runner/target/function-packages");
        for (FunctionDefinition function : stack.environment().functions()) {
            Path artifacts = built.resolve(function.logicalId());
            run(List.of("make", "-s", "--no-print-directory", "-f", "functions/handlers/Makefile",
                    "build-" + function.logicalId(), "ARTIFACTS_DIR=" + artifacts, "PACKAGED_BY_REACTOR=true"),
                    Map.of());
            packages.put(function.logicalId(), artifacts);
        }
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    static Stream<String> functions() {
        return FIXTURES.keySet().stream();
    }

    @Test
    void everyFunctionOfTheTemplateHasFixturesHere() {
        assertThat(FIXTURES.keySet()).containsExactlyInAnyOrderElementsOf(packages.keySet());
    }

    @ParameterizedTest
    @MethodSource("functions")
    void theShrunkPackageAnswersItsFixturesOnTheLocalStack(String logicalId) throws Exception {
        FunctionDefinition function = stack.environment().functions().stream()
                .filter(candidate -> candidate.logicalId().equals(logicalId)).findFirst().orElseThrow();
        List<Fixture> fixtures = FIXTURES.get(logicalId);
        Path artifacts = packages.get(logicalId);
        String runtimeClasses = Path.of(LambdaEventSerializers.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).toString();
        String runClasses = Path.of(PackagedFunctionRun.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx" + function.memorySizeMb() * 85 / 100 + "m", "-cp",
                String.join(":", artifacts.resolve("lib") + "/*", artifacts.toString(), runClasses, runtimeClasses),
                PackagedFunctionRun.class.getName(), function.handlerClassName()));
        fixtures.forEach(fixture -> command.add(root.resolve(fixture.path()).toString()));

        String output = run(command, environment(function));

        List<String> answers = output.lines().filter(line -> line.startsWith("ANSWER ") || line.startsWith("THREW "))
                .toList();
        assertThat(answers).as(output).hasSize(fixtures.size());
        for (int i = 0; i < fixtures.size(); i++) {
            assertThat(answers.get(i)).as(fixtures.get(i).path()).startsWith("ANSWER ")
                    .contains(fixtures.get(i).answerHolds());
        }
    }

    /** The function's variables as the template sets them, and the SDK settings that aim it at the stack. */
    private static Map<String, String> environment(FunctionDefinition function) {
        Map<String, String> environment = new LinkedHashMap<>(function.environment());
        // As tools/sam-local-env.json: the intake fixtures carry no proof of work.
        environment.computeIfPresent("PROOF_OF_WORK", (name, value) ->
                function.logicalId().equals("SubmitIntakeFunction") ? "Disabled" : value);
        StringBuilder sdk = new StringBuilder();
        stack.environment().sdkSettings().forEach((name, value) -> sdk.append(" -D").append(name).append('=').append(value));
        environment.merge("JAVA_TOOL_OPTIONS", sdk.toString().trim(), (own, added) -> own + " " + added);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", function.functionName());
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySizeMb()));
        return environment;
    }

    private static String run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
