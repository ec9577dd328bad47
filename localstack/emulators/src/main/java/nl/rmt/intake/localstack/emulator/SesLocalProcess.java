package nl.rmt.intake.localstack.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The npm package aws-ses-v2-local, run by Node as a child of this JVM. It stores what is sent and
 * shows it at its root URL; nothing is delivered.
 */
public final class SesLocalProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SesLocalProcess.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    static final String CLI = "node_modules/aws-ses-v2-local/dist/cli.js";
    static final String EXIT_WITH_PARENT = "exit-with-parent.cjs";

    private final Process process;
    private final Thread shutdownHook;
    private final int port;

    private SesLocalProcess(Process process, Thread shutdownHook, int port) {
        this.process = process;
        this.shutdownHook = shutdownHook;
        this.port = port;
    }

    /**
     * Starts the emulator from {@code packageDir} (the folder holding its package.json) on
     * {@code requestedPort}, or on a free port when it is 0, and returns once it answers.
     * A checkout without node_modules gets them from the lock file first.
     */
    public static SesLocalProcess start(Path packageDir, String nodeExecutable, int requestedPort) {
        installIfMissing(packageDir);
        return FreePort.start(requestedPort, "aws-ses-v2-local", port -> startOn(packageDir, nodeExecutable, port));
    }

    private static SesLocalProcess startOn(Path packageDir, String nodeExecutable, int port) {
        Path log = createLogFile();
        ProcessBuilder builder = new ProcessBuilder(
                nodeExecutable, "--require", packageDir.resolve(EXIT_WITH_PARENT).toString(),
                packageDir.resolve(CLI).toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                .directory(packageDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run '" + nodeExecutable + "': is Node.js installed and on the PATH?", e);
        }
        Thread hook = new Thread(process::destroy, "ses-local-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        SesLocalProcess ses = new SesLocalProcess(process, hook, port);
        try {
            ses.awaitHealthy(log);
        } catch (RuntimeException e) {
            ses.close();
            throw e;
        }
        return ses;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or has run; nothing left to unregister.
        }
    }

    private void awaitHealthy(Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest healthCheck = HttpRequest.newBuilder(endpoint().resolve("/health-check"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("aws-ses-v2-local exited with code " + process.exitValue()
                        + " before answering on port " + port + ":\n" + tail(log));
            }
            try {
                if (client.send(healthCheck, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException notYetListening) {
                // Node takes a moment to load express; poll again.
            } catch (IOException e) {
                LOG.debug("SES health check failed, retrying", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for aws-ses-v2-local", e);
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("aws-ses-v2-local did not answer on port " + port + " within "
                + START_TIMEOUT.toSeconds() + " s:\n" + tail(log));
    }

    private static void installIfMissing(Path packageDir) {
        if (!Files.isRegularFile(packageDir.resolve("package.json"))) {
            throw new IllegalStateException("No package.json in " + packageDir + ": wrong SES package folder");
        }
        if (Files.isRegularFile(packageDir.resolve(CLI))) {
            return;
        }
        LOG.info("Installing aws-ses-v2-local from the lock file in {}", packageDir);
        List<String> command = List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", packageDir.toString());
        try {
            Path log = createLogFile();
            Process npm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                npm.destroyForcibly();
                throw new IllegalStateException("'" + String.join(" ", command) + "' took longer than " + INSTALL_TIMEOUT);
            }
            if (npm.exitValue() != 0 || !Files.isRegularFile(packageDir.resolve(CLI))) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' failed:\n" + tail(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run npm to install aws-ses-v2-local; run '"
                    + String.join(" ", command) + "' by hand", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing aws-ses-v2-local", e);
        }
    }

    private static Path createLogFile() {
        try {
            Path log = Files.createTempFile("aws-ses-v2-local-", ".log");
            log.toFile().deleteOnExit();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for aws-ses-v2-local", e);
        }
    }
}
