package nl.rmt.intake.web;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.SesMailbox;
import nl.rmt.intake.localstack.emulator.FreePort;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.localstack.runner.http.StaticSite;

/**
 * The whole product as a person meets it, started once for every browser test in this JVM: the embedded stack from
 * template.yaml, its functions behind the local HTTP API, and the built pages at the same origin, with the
 * confirmation email linking to this stack's withdrawal page and the invitation and employer links to its pages.
 */
final class PagesStack {

    private static EmbeddedStack stack;
    private static LocalLambda lambda;

    private PagesStack() {
    }

    static synchronized URI url() {
        start();
        return lambda.httpApiUrl();
    }

    static synchronized SesMailbox mailbox() {
        start();
        return stack.mailbox();
    }

    static synchronized LocalLambda lambda() {
        start();
        return lambda;
    }

    /** The built pages; the build is npm's job (README), so a missing build fails here with the command to run. */
    static Path site() {
        Path dist = ProjectFiles.root().resolve("web/dist");
        if (!Files.isRegularFile(dist.resolve("index.html"))) {
            throw new IllegalStateException("The pages are not built: npm ci --prefix web && npm run build --prefix web");
        }
        return dist;
    }

    private static void start() {
        if (stack != null) {
            return;
        }
        int port = FreePort.pick();
        stack = EmbeddedStack.builder()
                .parameter("WithdrawalUrl", "http://localhost:" + port + "/intrekken")
                .parameter("PagesOrigin", "http://localhost:" + port)
                .start();
        lambda = LocalLambda.start(stack, port, LocalLambda.ScheduleMode.BY_HAND, Optional.of(new StaticSite(site())));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lambda.close();
            stack.close();
        }));
    }
}
