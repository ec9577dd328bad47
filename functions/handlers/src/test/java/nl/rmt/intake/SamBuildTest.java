package nl.rmt.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.template.CloudFormationYaml;
import nl.rmt.intake.observability.logging.JsonLineProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `sam build` can build every function of template.yaml: each one says {@code BuildMethod: makefile}, and
 * the Makefile SAM will run has a target for it that builds the Maven reactor and fills ARTIFACTS_DIR.
 *
 * <p>Static and dry-run only (make -n), so it stays fast and touches nothing. The real build of every
 * function, run the way SAM runs it, with the artifact checked (handler inside, no Apache or Netty HTTP
 * client, the handler loads and initialises from {@code lib/*.jar}), is {@code tools/check-sam-build.sh}.
 * Also: the {@code --env-vars} file for {@code sam local invoke} against the embedded stack keeps up with the template.
 */
class SamBuildTest {

    private static final String FUNCTION = "AWS::Serverless::Function";

    private static Path root;
    private static Map<String, SamFunction> functions;

    record SamFunction(String logicalId, String handler, String runtime, String codeUri, Map<String, Object> metadata,
                       Map<String, Object> environment) {

        /** Where SAM looks for the Makefile: Metadata.ContextPath, else ProjectRootDirectory, else CodeUri. */
        Path makefile(Path base) {
            Object context = metadata.getOrDefault("ContextPath", metadata.getOrDefault("ProjectRootDirectory", codeUri));
            return base.resolve(String.valueOf(context)).normalize().resolve("Makefile");
        }
    }

    @BeforeAll
    static void readTheTemplate() throws IOException {
        root = ProjectFiles.root();
        Map<String, Object> template = map(CloudFormationYaml.parse(
                Files.readString(ProjectFiles.template(), StandardCharsets.UTF_8)), "template");
        Map<String, Object> globals = map(map(template.get("Globals"), "Globals").get("Function"), "Globals.Function");
        functions = new LinkedHashMap<>();
        map(template.get("Resources"), "Resources").forEach((id, body) -> {
            Map<String, Object> resource = map(body, id);
            if (!FUNCTION.equals(resource.get("Type"))) {
                return;
            }
            Map<String, Object> properties = map(resource.get("Properties"), id + ".Properties");
            Map<String, Object> environment = new LinkedHashMap<>(variables(globals));
            environment.putAll(variables(properties));
            functions.put(id, new SamFunction(id,
                    text(properties.getOrDefault("Handler", globals.get("Handler"))),
                    text(properties.getOrDefault("Runtime", globals.get("Runtime"))),
                    text(properties.getOrDefault("CodeUri", globals.get("CodeUri"))),
                    map(resource.get("Metadata"), id + ".Metadata"), environment));
        });
    }

    @Test
    void everyFunctionIsBuiltWithTheMakefile() {
        assertThat(functions).hasSizeGreaterThanOrEqualTo(4);
        for (SamFunction function : functions.values()) {
            String id = function.logicalId();
            assertThat(function.metadata()).as(id + ": Metadata (Globals cannot hold it)")
                    .containsEntry("BuildMethod", "makefile");
            assertThat(function.runtime()).as(id + ": the Makefile lays out a Java artifact").startsWith("java");
            assertThat(function.codeUri()).as(id + ".CodeUri").isNotNull();
            assertThat(function.makefile(root)).as(id + ": the Makefile SAM runs")
                    .isRegularFile()
                    .isEqualTo(root.resolve("functions/handlers/Makefile"));
            String handlerClass = function.handler().split("::")[0];
            assertThat(root.resolve(function.codeUri()).resolve("src/main/java")
                    .resolve(handlerClass.replace('.', '/') + ".java"))
                    .as(id + ": the handler is a class of the module the Makefile packages")
                    .isRegularFile();
        }
    }

    @Test
    void theMakefileHasAWorkingTargetForEveryFunction(@TempDir Path temp) throws Exception {
        assumeTrue(commandExists("make"), "make is not installed; tools/check-sam-build.sh needs it too");
        for (SamFunction function : functions.values()) {
            String id = function.logicalId();
            Path scratch = Files.createDirectories(temp.resolve("scratch-" + id));
            Path artifacts = temp.resolve("build").resolve(id);
            // As SAM runs it: in a scratch directory, --makefile at its own path; -n prints instead of
            // running, -B as if nothing were built yet, so the Maven command shows.
            List<String> command = List.of("make", "-n", "-B", "--makefile", function.makefile(root).toString(),
                    "build-" + id, "ARTIFACTS_DIR=" + artifacts);
            Result result = run(command, scratch);

            assertThat(result.exitCode()).as(id + ": " + String.join(" ", command) + "\n" + result.output()).isZero();
            assertThat(result.output()).as(id)
                    .contains("cd " + root + " && mvn")
                    .contains("-pl functions/handlers -am package")
                    .contains("jdeps -verbose:class")
                    // The function's own jars, picked from the whole layout by what its handler reaches.
                    .contains("FunctionPackage " + root.resolve("functions/handlers/target/sam-artifact/lib") + " "
                            + root.resolve("functions/handlers/target/sam-class-references.txt") + " "
                            + function.handler().split("::")[0] + " \"" + artifacts + "\"")
                    // ...shrunk by ProGuard (from the Maven build's target/proguard) with the project's rules.
                    .contains(root.resolve("functions/handlers/target/proguard") + " "
                            + root.resolve("functions/handlers/src/build/shrink.pro") + " "
                            + root.resolve("functions/handlers/target/sam-shrunk"))
                    // Found without -Dslf4j.provider too: the package's root is on the class path.
                    .contains("echo " + JsonLineProvider.class.getName() + " > \"" + artifacts
                            + "/META-INF/services/org.slf4j.spi.SLF4JServiceProvider\"");
            assertThat(artifacts).as(id + ": a dry run builds nothing").doesNotExist();
        }
    }

    @Test
    void theMakefileRefusesToRunWithoutArtifactsDir(@TempDir Path scratch) throws Exception {
        assumeTrue(commandExists("make"), "make is not installed");
        String id = functions.keySet().iterator().next();
        Result result = run(List.of("make", "--makefile", root.resolve("functions/handlers/Makefile").toString(),
                "build-" + id), scratch);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("ARTIFACTS_DIR is not set");
    }

    /**
     * The JSON backend named by system property: SLF4J then loads it at once instead of looking for service files
     * (the package has one as well, so that a function set up without the flag still logs).
     */
    @Test
    void everyFunctionNamesTheJsonLogBackendInItsJavaOptions() {
        for (SamFunction function : functions.values()) {
            Object flags = function.environment().get("JAVA_TOOL_OPTIONS");
            assertThat(flags).as("JAVA_TOOL_OPTIONS of %s", function.logicalId()).isInstanceOf(String.class);
            assertThat(((String) flags).split(" ")).as("JAVA_TOOL_OPTIONS of %s", function.logicalId())
                    .contains("-Dslf4j.provider=" + JsonLineProvider.class.getName());
        }
    }

    /**
     * tools/sam-local-env.json (sam local invoke against the embedded stack) gives every variable whose template
     * value CloudFormation would resolve (!Ref, !Sub...) a local value: sam local cannot resolve resource
     * references, and --env-vars only reaches variables the template declares.
     */
    @Test
    void theSamLocalEnvironmentFileCoversEveryResolvedVariable() throws IOException {
        JsonNode file = new ObjectMapper().readTree(root.resolve("tools/sam-local-env.json").toFile());
        JsonNode shared = file.path("Parameters");
        for (SamFunction function : functions.values()) {
            JsonNode own = file.path(function.logicalId());
            function.environment().forEach((name, value) -> {
                if (!(value instanceof String)) {
                    assertThat(own.has(name) || shared.has(name))
                            .as("tools/sam-local-env.json sets %s for %s", name, function.logicalId()).isTrue();
                }
            });
            Object javaToolOptions = function.environment().get("JAVA_TOOL_OPTIONS");
            if (javaToolOptions instanceof String flags) {
                JsonNode local = own.has("JAVA_TOOL_OPTIONS") ? own.get("JAVA_TOOL_OPTIONS") : shared.get("JAVA_TOOL_OPTIONS");
                assertThat(local.asText()).as("JAVA_TOOL_OPTIONS for %s keeps the template's flags", function.logicalId())
                        .startsWith(flags);
            }
        }
    }

    private static Map<String, Object> variables(Map<String, Object> properties) {
        return map(map(properties.get("Environment"), "Environment").get("Variables"), "Environment.Variables");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Path directory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        for (String inherited : List.of("ARTIFACTS_DIR", "MAKEFLAGS", "MVN", "MVN_FLAGS", "MVN_ARGS")) {
            builder.environment().remove(inherited);
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static boolean commandExists(String name) {
        for (String folder : String.valueOf(System.getenv("PATH")).split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        assertThat(value).as(where).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
