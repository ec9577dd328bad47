package nl.rmt.intake.localstack;

import java.util.function.Supplier;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.iam.ActingFunction;
import nl.rmt.intake.localstack.iam.FunctionRole;
import nl.rmt.intake.localstack.iam.LocalArns;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.rmt.intake.localstack.emulator.DynamoDbLocalServer;
import nl.rmt.intake.localstack.emulator.ElasticMqServer;
import nl.rmt.intake.localstack.emulator.EmulatorLogging;
import nl.rmt.intake.localstack.emulator.SesLocalProcess;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.provision.Provisioner;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * DynamoDB Local, ElasticMQ and aws-ses-v2-local, provisioned from the SAM template, with the
 * template's function environment applied to this JVM's system properties.
 *
 * <pre>{@code
 * EmbeddedStack stack = EmbeddedStack.shared();              // tests: once per JVM, free ports
 * String table = stack.resources().tableName("CasesTable");
 * }</pre>
 */
public final class EmbeddedStack implements AutoCloseable {

    public static final int DYNAMODB_PORT = 8000;
    public static final int SQS_PORT = 9324;
    public static final int SES_PORT = 8005;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);
    private static final Object SHARED_LOCK = new Object();
    private static EmbeddedStack shared;

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private TemplateModel template;
    private StackSettings settings;
    private ServiceEndpoints endpoints;
    private ProvisionedResources resources;
    private LocalAwsEnvironment environment;
    private SesMailbox mailbox;
    private DynamoDbClient dynamoDb;
    private DynamoDbStreamsClient dynamoDbStreams;
    private SqsClient sqs;
    private SesV2Client sesV2;
    private Duration startupTime;
    private boolean closed;

    private EmbeddedStack() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The stack for tests: started on free ports at the first call, from the project's template.yaml,
     * and stopped when the JVM exits. Every later call returns the same running stack.
     */
    public static EmbeddedStack shared() {
        synchronized (SHARED_LOCK) {
            if (shared == null) {
                // Tests submit the same fixture addresses many times a day; the email limit's own tests set theirs.
                // The proof of work's own tests give the intake function a verifier of their own.
                EmbeddedStack started = builder().parameter("EmailsPerAddressPerDay", "1000")
                        .parameter("ProofOfWork", "Disabled").start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-stack-shutdown"));
                shared = started;
            }
            return shared;
        }
    }

    public TemplateModel template() {
        return template;
    }

    public StackSettings settings() {
        return settings;
    }

    public ServiceEndpoints endpoints() {
        return endpoints;
    }

    /** The template's tables, queues, topics and SES resources by logical id. */
    public ProvisionedResources resources() {
        return resources;
    }

    /** The template's functions with their resolved environment, and the SDK settings. */
    public LocalAwsEnvironment environment() {
        return environment;
    }

    /** The execution role of one of the template's functions, as the local stack enforces it. */
    public FunctionRole functionRole(String functionLogicalId) {
        FunctionDefinition function = environment.function(functionLogicalId);
        return new FunctionRole(function.logicalId(), function.functionName(), function.policy(),
                new LocalArns(settings, resources));
    }

    /**
     * Runs {@code create} (a handler's constructor) as the function would run it: the SDK clients it builds act with
     * the function's role, so that a call the role does not allow fails with AccessDeniedException.
     */
    public <T> T asFunction(String functionLogicalId, Supplier<T> create) {
        return ActingFunction.as(functionRole(functionLogicalId), create);
    }

    /** The emails sent through the SES emulator. */
    public SesMailbox mailbox() {
        return mailbox;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public DynamoDbStreamsClient dynamoDbStreams() {
        return dynamoDbStreams;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public SesV2Client sesV2() {
        return sesV2;
    }

    /** From {@link Builder#start()} until the environment was applied. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the emulators; their data is gone. Calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!toClose.isEmpty()) {
            AutoCloseable closeable = toClose.pop();
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed", closeable.getClass().getSimpleName(), e);
            }
        }
    }

    private void boot(Builder builder) {
        long started = System.nanoTime();
        EmulatorLogging.quiet();
        template = TemplateModel.load(builder.template != null ? builder.template : ProjectFiles.template());
        settings = new StackSettings(builder.stackName, builder.region, StackSettings.LOCAL_ACCOUNT_ID, builder.parameters);
        Path sesPackage = builder.sesPackage != null ? builder.sesPackage : ProjectFiles.sesPackage();

        // The three start independently and each takes a second or so: in parallel they take one.
        CompletableFuture<DynamoDbLocalServer> dynamoDbServer =
                CompletableFuture.supplyAsync(() -> DynamoDbLocalServer.start(builder.dynamoDbPort));
        CompletableFuture<ElasticMqServer> sqsServer = CompletableFuture.supplyAsync(
                () -> ElasticMqServer.start(builder.sqsPort, settings.region(), settings.accountId()));
        CompletableFuture<SesLocalProcess> sesProcess =
                CompletableFuture.supplyAsync(() -> SesLocalProcess.start(sesPackage, builder.nodeExecutable, builder.sesPort));
        awaitAndRegister(dynamoDbServer, sqsServer, sesProcess);
        DynamoDbLocalServer dynamoDbLocal = dynamoDbServer.join();
        ElasticMqServer elasticMq = sqsServer.join();
        SesLocalProcess ses = sesProcess.join();
        endpoints = new ServiceEndpoints(dynamoDbLocal.endpoint(), elasticMq.endpoint(), ses.endpoint());
        long emulatorsUp = System.nanoTime();

        dynamoDb = register(LocalClients.dynamoDb(endpoints.dynamoDb(), settings.region()));
        dynamoDbStreams = register(LocalClients.dynamoDbStreams(endpoints.dynamoDb(), settings.region()));
        sqs = register(LocalClients.sqs(endpoints.sqs(), settings.region()));
        sesV2 = register(LocalClients.sesV2(endpoints.sesV2(), settings.region()));
        mailbox = new SesMailbox(endpoints.sesV2());

        resources = new Provisioner(template, settings, dynamoDb, sqs).provision();
        environment = LocalAwsEnvironment.of(template, settings, resources, endpoints);
        environment.templateProblems().forEach(problem -> LOG.warn("SAM would refuse {}: {}", template.source(), problem));
        if (builder.applyEnvironment) {
            environment.applyToSystemProperties();
        }
        startupTime = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Embedded stack up in {} ms (emulators {} ms, provisioning {} ms): {} tables, {} queues, {} functions",
                startupTime.toMillis(), Duration.ofNanos(emulatorsUp - started).toMillis(),
                Duration.ofNanos(System.nanoTime() - emulatorsUp).toMillis(),
                resources.ofType(ProvisionedResources.TABLE).size(), resources.ofType(ProvisionedResources.QUEUE).size(),
                environment.functions().size());
    }

    /** Waits for every emulator, so that when one fails the others that did start are still closed. */
    private void awaitAndRegister(CompletableFuture<?>... starting) {
        RuntimeException failure = null;
        for (CompletableFuture<?> emulator : starting) {
            try {
                register((AutoCloseable) emulator.join());
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private <T extends AutoCloseable> T register(T closeable) {
        toClose.push(closeable);
        return closeable;
    }

    /** Ports default to 0, a free port each; {@link #fixedPorts()} gives the well-known ones. */
    public static final class Builder {
        private int dynamoDbPort;
        private int sqsPort;
        private int sesPort;
        private Path template;
        private Path sesPackage;
        private String nodeExecutable = "node";
        private String stackName = StackSettings.DEFAULT_STACK_NAME;
        private String region = StackSettings.DEFAULT_REGION;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private boolean applyEnvironment = true;

        private Builder() {
        }

        /** DynamoDB on 8000, SQS on 9324, SES on 8005: what the interactive run and the README use. */
        public Builder fixedPorts() {
            return dynamoDbPort(DYNAMODB_PORT).sqsPort(SQS_PORT).sesPort(SES_PORT);
        }

        public Builder dynamoDbPort(int port) {
            this.dynamoDbPort = port;
            return this;
        }

        public Builder sqsPort(int port) {
            this.sqsPort = port;
            return this;
        }

        public Builder sesPort(int port) {
            this.sesPort = port;
            return this;
        }

        /** Defaults to the project's template.yaml. */
        public Builder template(Path template) {
            this.template = template;
            return this;
        }

        /** The folder holding aws-ses-v2-local's package.json; defaults to the project's localstack/ses. */
        public Builder sesPackage(Path folder) {
            this.sesPackage = folder;
            return this;
        }

        public Builder nodeExecutable(String node) {
            this.nodeExecutable = node;
            return this;
        }

        public Builder stackName(String name) {
            this.stackName = name;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Overrides a template parameter's Default. */
        public Builder parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        /** Whether {@link #start()} sets the functions' environment as system properties; on by default. */
        public Builder applyEnvironment(boolean apply) {
            this.applyEnvironment = apply;
            return this;
        }

        /** Boots the emulators, provisions the template and applies the environment. */
        public EmbeddedStack start() {
            EmbeddedStack stack = new EmbeddedStack();
            try {
                stack.boot(this);
                return stack;
            } catch (RuntimeException e) {
                stack.close();
                throw e;
            }
        }
    }
}
