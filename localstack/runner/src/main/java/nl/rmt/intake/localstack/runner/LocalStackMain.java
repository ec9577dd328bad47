package nl.rmt.intake.localstack.runner;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.emulator.FreePort;
import nl.rmt.intake.localstack.iam.IamEnforcement;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.runner.demo.DemoRunner;
import nl.rmt.intake.localstack.runner.http.StaticSite;
import nl.rmt.intake.localstack.runner.invoke.Concurrency;
import nl.rmt.intake.localstack.runner.poll.EventSourcePoller;

/**
 * Runs the whole backend on this machine: the emulators provisioned from template.yaml, the functions
 * behind a local HTTP API, and their stream and queue pollers. See localstack/README.md.
 */
public final class LocalStackMain {

    /** Where the built withdrawal page is served; the project's WithdrawalUrl points here locally. */
    static final String WITHDRAWAL_PAGE = "/intrekken";

    private LocalStackMain() {
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int code;
        try {
            code = run(options, System.out);
        } catch (RuntimeException e) {
            e.printStackTrace();
            code = 1;
        }
        // Emulator threads would keep the JVM alive after a failed start.
        if (options.exit() || code != 0) {
            System.exit(code);
        }
    }

    /**
     * Starts everything and prints where it is. With {@code --exit} returns an exit code (0 when the demo,
     * if asked for, went well); without it, runs until the JVM is stopped.
     */
    static int run(LaunchOptions options, PrintStream out) {
        options.concurrency().ifPresent(instances -> System.setProperty(Concurrency.PROPERTY, Integer.toString(instances)));
        EmbeddedStack.Builder builder = EmbeddedStack.builder();
        if (!options.freePorts()) {
            builder.fixedPorts();
        }
        options.template().ifPresent(builder::template);
        // The port is chosen first, so that the confirmation email can link to this stack's own withdrawal page.
        int httpPort = options.httpPort() == 0 ? FreePort.pick() : options.httpPort();
        if (options.template().isEmpty()) {
            builder.parameter("WithdrawalUrl", "http://localhost:" + httpPort + WITHDRAWAL_PAGE);
            // Invitation and employer-view links point at the pages this stack serves.
            builder.parameter("PagesOrigin", "http://localhost:" + httpPort);
        }
        Optional<StaticSite> site = builtPages();
        EmbeddedStack stack = builder.start();
        LocalLambda lambda;
        try {
            lambda = LocalLambda.start(stack, httpPort, options.scheduleMode(), site);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        Thread shutdown = new Thread(() -> {
            lambda.close();
            stack.close();
        }, "local-stack-shutdown");
        printWhereEverythingIs(stack, lambda, options, out);
        out.println(site.isPresent()
                ? "  Pages           " + lambda.httpApiUrl() + "/?region=AM18   (desk region in the URL; English: /en)"
                        + System.lineSeparator() + "                  desk: " + lambda.httpApiUrl() + "/balie"
                : "  Pages           not built: npm ci --prefix web && npm run build --prefix web");

        boolean demoWentWell = true;
        if (options.demo()) {
            Path folder = options.demoFolder().orElseGet(LocalStackMain::defaultDemoFolder);
            try {
                demoWentWell = new DemoRunner(stack, lambda, out).run(folder, options.partners());
            } catch (RuntimeException e) {
                out.println("The demo could not run: " + e.getMessage());
                demoWentWell = false;
            }
        }
        if (options.exit()) {
            shutdown.run();
            return demoWentWell ? 0 : 1;
        }
        Runtime.getRuntime().addShutdownHook(shutdown);
        out.println("Running; press Ctrl-C to stop.");
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The pages built into web/dist, when they are. */
    private static Optional<StaticSite> builtPages() {
        Path folder = ProjectFiles.root().resolve("web/dist");
        return Files.isRegularFile(folder.resolve("index.html")) ? Optional.of(new StaticSite(folder)) : Optional.empty();
    }

    /** events/demo when the project has one, otherwise the HTTP API fixtures in events/intakes. */
    private static Path defaultDemoFolder() {
        Path events = ProjectFiles.root().resolve("events");
        Path demo = events.resolve("demo");
        return Files.isDirectory(demo) ? demo : events.resolve("intakes");
    }

    private static void printWhereEverythingIs(EmbeddedStack stack, LocalLambda lambda, LaunchOptions options,
                                               PrintStream out) {
        out.printf("RMT Intake local stack started in %d ms (stack %s, region %s)%n",
                stack.startupTime().toMillis(), stack.settings().stackName(), stack.settings().region());
        out.printf("  HTTP API        %s%n", lambda.httpApiUrl());
        lambda.routes().forEach(route -> out.printf("                    %s%n", route));
        out.printf("  DynamoDB        %s  tables %s%n", stack.endpoints().dynamoDb(),
                stack.resources().ofType(ProvisionedResources.TABLE).stream().map(ProvisionedResource::ref).toList());
        out.printf("  SQS             %s  %d queues%n", stack.endpoints().sqs(),
                stack.resources().ofType(ProvisionedResources.QUEUE).size());
        out.printf("  SES web view    http://localhost:%d%n", stack.endpoints().sesV2().getPort());
        out.printf("  IAM             %s%n", IamEnforcement.enabled()
                ? "each function acts with its role in template.yaml; a call it does not allow fails"
                : "NOT enforced (" + IamEnforcement.PROPERTY + "=false): what runs here may be refused on AWS");
        for (EventSourcePoller poller : lambda.pollers()) {
            out.printf("  Poller          %s%n", poller.description());
        }
        out.printf("  Concurrency     up to %d instances per function (%s), fewer where reserved%n",
                Concurrency.setting(), Concurrency.PROPERTY);
        for (String schedule : lambda.schedules()) {
            out.printf("  Schedule        %s%n", schedule);
        }
        if (!lambda.schedules().isEmpty()) {
            out.printf("                    %s; fire one by hand: POST %s/_local/schedules/{FunctionLogicalId}%n",
                    options.schedules() ? "on their timers" : "not on timers (--schedules)", lambda.httpApiUrl());
        }
        for (String subscription : lambda.topicSubscriptions()) {
            out.printf("  SNS             %s%n", subscription);
        }
        for (String problem : stack.environment().templateProblems()) {
            out.printf("  SAM would refuse: %s%n", problem);
        }
    }
}
