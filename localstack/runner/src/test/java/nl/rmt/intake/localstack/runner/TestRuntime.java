package nl.rmt.intake.localstack.runner;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import nl.rmt.intake.localstack.EmbeddedStack;

/** The test template's stack and functions, started once for all runner tests in this JVM. */
final class TestRuntime {

    static final Duration QUIET_TIMEOUT = Duration.ofSeconds(30);
    private static EmbeddedStack stack;
    private static LocalLambda lambda;

    private TestRuntime() {
    }

    static synchronized EmbeddedStack stack() {
        start();
        return stack;
    }

    static synchronized LocalLambda lambda() {
        start();
        return lambda;
    }

    private static void start() {
        if (stack != null) {
            return;
        }
        stack = EmbeddedStack.builder().template(testTemplate()).start();
        lambda = LocalLambda.start(stack, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lambda.close();
            stack.close();
        }));
    }

    private static Path testTemplate() {
        try {
            return Path.of(TestRuntime.class.getResource("/runner-test-template.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
