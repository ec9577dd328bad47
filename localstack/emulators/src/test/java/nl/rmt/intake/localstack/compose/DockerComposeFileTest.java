package nl.rmt.intake.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.template.CloudFormationYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** localstack/compose/docker-compose.yml, checked without Docker: it must fit the generated files and sam local. */
class DockerComposeFileTest {

    private static final Map<?, ?> COMPOSE = (Map<?, ?>) CloudFormationYaml.parse(read(
            ProjectFiles.root().resolve("localstack/compose/docker-compose.yml")));
    private static final Map<?, ?> LOCALSTACK = (Map<?, ?>) ((Map<?, ?>) COMPOSE.get("services")).get(ComposeFiles.SERVICE);

    @Test
    void theImageIsLocalStacksPinnedToAVersion() {
        assertThat(String.valueOf(LOCALSTACK.get("image")))
                .matches("localstack/localstack:\\$\\{LOCALSTACK_VERSION:-\\d{4}\\.\\d{2}\\.\\d+}");
    }

    @Test
    void startingWithoutAnAuthTokenFailsWithAMessageSayingWhy() {
        assertThat(String.valueOf(environment().get("LOCALSTACK_AUTH_TOKEN")))
                .startsWith("${LOCALSTACK_AUTH_TOKEN:?")
                .contains("auth token");
    }

    @Test
    void servesTheServicesTheFunctionsUseButNotLambda() {
        assertThat(String.valueOf(environment().get("SERVICES")).split(","))
                .contains("dynamodb", "dynamodbstreams", "sqs", "sns", "ses", "sesv2")
                .doesNotContain("lambda");
    }

    @Test
    void theGeneratedInitScriptIsMountedAsAReadyHookAndTheEdgePortPublished() {
        assertThat(texts(LOCALSTACK.get("volumes"))).contains("./init/ready.d:/etc/localstack/init/ready.d:ro");
        assertThat(ComposeFiles.INIT_SCRIPT).startsWith("localstack/compose/init/ready.d/");
        assertThat(texts(LOCALSTACK.get("ports"))).contains("127.0.0.1:4566:4566");
    }

    @Test
    void theNetworkAndServiceAreNamedAsTheSamEnvFileExpects() {
        Map<?, ?> network = (Map<?, ?>) ((Map<?, ?>) COMPOSE.get("networks")).get("default");
        assertThat(network.get("name")).isEqualTo(ComposeFiles.DOCKER_NETWORK);
        assertThat(ComposeFiles.SAM_ENDPOINT).isEqualTo("http://" + ComposeFiles.SERVICE + ":4566");
    }

    @Test
    void theHealthCheckPassesOnlyOnceTheInitScriptSucceeded(@TempDir Path folder) throws Exception {
        assertThat(healthCheck(folder, "{\"completed\": true, \"scripts\": [{\"stage\": \"READY\", "
                + "\"name\": \"10-resources.sh\", \"state\": \"SUCCESSFUL\"}]}")).isZero();
        assertThat(healthCheck(folder, "{\"completed\": false, \"scripts\": [{\"stage\": \"READY\", "
                + "\"name\": \"10-resources.sh\", \"state\": \"RUNNING\"}]}")).isNotZero();
        assertThat(healthCheck(folder, "{\"completed\": true, \"scripts\": [{\"stage\": \"READY\", "
                + "\"name\": \"10-resources.sh\", \"state\": \"ERROR\"}]}")).isNotZero();
    }

    /** Runs the healthcheck as the container's shell would, with a curl that answers {@code answer}. */
    private static int healthCheck(Path folder, String answer) throws IOException, InterruptedException {
        List<?> test = (List<?>) ((Map<?, ?>) LOCALSTACK.get("healthcheck")).get("test");
        assertThat(test.get(0)).isEqualTo("CMD-SHELL");
        String command = String.valueOf(test.get(1)).replace("$$", "$");
        Path curl = Files.createDirectories(folder.resolve("bin")).resolve("curl");
        Files.writeString(curl, "#!/bin/sh\n[ \"$2\" = http://localhost:4566/_localstack/init/ready ] || exit 7\n"
                + "cat <<'EOF'\n" + answer + "\nEOF\n");
        curl.toFile().setExecutable(true);
        ProcessBuilder shell = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true);
        shell.environment().put("PATH", curl.getParent() + ":" + System.getenv("PATH"));
        Process process = shell.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static List<String> texts(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static Map<?, ?> environment() {
        return (Map<?, ?>) LOCALSTACK.get("environment");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
