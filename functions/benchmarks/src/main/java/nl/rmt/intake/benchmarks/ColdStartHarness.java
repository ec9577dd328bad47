package nl.rmt.intake.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.function.FunctionDefinition;

/**
 * Cold starts of every function of template.yaml, side by side with a hello-world handler. Each function's
 * package is built by functions/handlers/Makefile as {@code sam build} builds it; each probe is a fresh JVM
 * pinned to one CPU (taskset), with the function's environment from the template (its JAVA_TOOL_OPTIONS
 * included), the flags the Lambda Java runtime adds itself, and the embedded stack as AWS. Runs alternate
 * between hello-world and the functions, so a busy moment of the machine falls on both.
 *
 * <p>Usage: {@code ColdStartHarness [runs] [LogicalId ...]} (default 5 runs, every function). With
 * {@code -Dcoldstart.appcds=true} every probe, hello-world's included, first runs once to write an application
 * class data sharing archive of its package, and the measured runs start from it ({@code -XX:SharedArchiveFile}).
 * With {@code -Dcoldstart.classes=true} the last run of each probe also lists the classes it loaded
 * ({@code -Xlog:class+load}), and the report counts them by library. With {@code -Dcoldstart.baseline=<dir>} (a
 * copy of an earlier run's packages) each function's earlier package runs too, just before its current one.
 */
public final class ColdStartHarness {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([\\d.]+)");
    private static final Pattern ANSWER = Pattern.compile("answer=(\\S+)");
    private static final Path PACKAGES = Path.of("functions/benchmarks/target/cold-start");
    private static final String HELLO_WORLD = "HelloWorld";
    /** The Lambda Java runtime's own launch flags (the serial collector, class data sharing of the JDK). */
    private static final List<String> RUNTIME_FLAGS = List.of("-XX:+UseSerialGC", "-Xshare:auto");
    private static final String[] SHOWN = {"cpu", "wall", "init", "first", "warm", "classes", "rssMb"};

    /** One fixture per function: the first of its list in README.md's `sam local invoke` table. */
    private static final Map<String, String> FIXTURES = Map.ofEntries(
            Map.entry("SubmitIntakeFunction", "events/intakes/at-risk-employee-drechtsteden.json"),
            Map.entry("PreviewIntakeFunction", "events/preview/zzp-noordoost-brabant.json"),
            Map.entry("ChallengeFunction", "events/challenge/get-challenge.json"),
            Map.entry("OutboxDispatchFunction", "events/outbox/lead-message-inserted.json"),
            Map.entry("ConfirmationFunction", "events/confirmation/confirmation-requested.json"),
            Map.entry("PartnerFeedbackFunction", "events/partner/feedback-accepted.json"),
            Map.entry("WithdrawalFunction", "events/withdrawal/withdraw.json"),
            Map.entry("EscalationFunction", "events/escalation/hourly.json"),
            Map.entry("OutboxSweepFunction", "events/sweep/every-five-minutes.json"),
            Map.entry("RetentionFunction", "events/retention/daily.json"),
            Map.entry("DeskApiFunction", "events/desk/list-cases.json"),
            Map.entry("MonitoringFunction", "events/monitoring/counts.json"),
            Map.entry("EmailEventsFunction", "events/email/bounce.json"),
            Map.entry("ReorganisationDeskFunction", "events/reorganisations/list.json"),
            Map.entry("ReorganisationPublicFunction", "events/invitations/read-invitation.json"));

    private ColdStartHarness() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> only = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        Path root = Fixtures.root();
        String cpu = System.getProperty("coldstart.cpu", "1");
        try (EmbeddedStack stack = EmbeddedStack.builder().applyEnvironment(false).start()) {
            List<FunctionDefinition> functions = stack.environment().functions().stream()
                    .filter(function -> only.isEmpty() || only.contains(function.logicalId()))
                    .toList();
            Map<String, Probe> probes = new LinkedHashMap<>();
            Path helloPackage = helloWorldPackage(root);
            FunctionDefinition any = functions.get(0);
            probes.put(HELLO_WORLD, new Probe(HelloWorldHandler.class.getName(), helloPackage,
                    root.resolve(FIXTURES.get("SubmitIntakeFunction")), functionEnvironment(any, Map.of()),
                    any.memorySizeMb()));
            for (FunctionDefinition function : functions) {
                String fixture = FIXTURES.get(function.logicalId());
                if (fixture == null) {
                    throw new IllegalStateException("No fixture for " + function.logicalId() + ": add one to FIXTURES");
                }
                Map<String, String> environment = functionEnvironment(function, stack.environment().sdkSettings());
                baseline(function.logicalId()).ifPresent(before -> probes.put(function.logicalId() + " before",
                        new Probe(function.handlerClassName(), before, root.resolve(fixture), environment,
                                function.memorySizeMb())));
                probes.put(function.logicalId(), new Probe(function.handlerClassName(),
                        build(root, function.logicalId()), root.resolve(fixture), environment,
                        function.memorySizeMb()));
            }
            // The probe's jar (for the class-listing and archive runs) is made afresh from this build's probe.
            Files.deleteIfExists(root.resolve(PACKAGES).resolve("probe.jar"));
            if (Boolean.getBoolean("coldstart.appcds")) {
                for (Probe probe : probes.values()) {
                    probe.writeClassDataArchive(root, cpu);
                }
            }
            Map<String, List<Map<String, Double>>> samples = new LinkedHashMap<>();
            Map<String, String> answers = new LinkedHashMap<>();
            for (int run = 0; run < runs; run++) {
                for (Map.Entry<String, Probe> probe : probes.entrySet()) {
                    String line = probe.getValue().run(root, cpu);
                    samples.computeIfAbsent(probe.getKey(), name -> new ArrayList<>()).add(fields(line));
                    Matcher answer = ANSWER.matcher(line);
                    answers.put(probe.getKey(), answer.find() ? answer.group(1) : "?");
                }
            }
            report(samples, answers, runs, cpu);
            if (Boolean.getBoolean("coldstart.classes")) {
                for (Map.Entry<String, Probe> probe : probes.entrySet()) {
                    System.out.printf("%-31s %s%n", probe.getKey(),
                            LoadedClasses.countByLibrary(probe.getValue().listLoadedClasses(root, cpu)));
                }
            }
        }
        // An emulator leaves a non-daemon thread behind after closing.
        System.exit(0);
    }

    /**
     * The function's package from an earlier build (-Dcoldstart.baseline: a copy of an earlier run's
     * functions/benchmarks/target/cold-start), measured in the same runs as this one's, alternately.
     */
    private static Optional<Path> baseline(String logicalId) {
        String baseline = System.getProperty("coldstart.baseline");
        if (baseline == null) {
            return Optional.empty();
        }
        Path before = Path.of(baseline).toAbsolutePath().resolve(logicalId);
        return Files.isDirectory(before.resolve("lib")) ? Optional.of(before) : Optional.empty();
    }

    /** The function's package exactly as `sam build` makes it. */
    private static Path build(Path root, String logicalId) throws IOException, InterruptedException {
        Path artifacts = root.resolve(PACKAGES).resolve(logicalId);
        run(root, List.of("make", "-s", "--no-print-directory", "-f", "functions/handlers/Makefile",
                "build-" + logicalId, "ARTIFACTS_DIR=" + artifacts));
        return artifacts;
    }

    /** Hello-world's package: lib/ with the Lambda interfaces only, its one class beside the probe's. */
    private static Path helloWorldPackage(Path root) throws IOException {
        Path lib = root.resolve(PACKAGES).resolve(HELLO_WORLD).resolve("lib");
        Files.createDirectories(lib);
        Path core = Path.of(com.amazonaws.services.lambda.runtime.Context.class.getProtectionDomain()
                .getCodeSource().getLocation().getPath());
        Files.copy(core, lib.resolve(core.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return lib.getParent();
    }

    /** The function's variables as the template sets them (the SDK settings aim it at the embedded stack). */
    private static Map<String, String> functionEnvironment(FunctionDefinition function, Map<String, String> sdk) {
        Map<String, String> environment = new LinkedHashMap<>(function.environment());
        // As tools/sam-local-env.json: the intake fixtures carry no proof of work.
        environment.computeIfPresent("PROOF_OF_WORK", (name, value) ->
                function.logicalId().equals("SubmitIntakeFunction") ? "Disabled" : value);
        StringBuilder sdkProperties = new StringBuilder();
        sdk.forEach((name, value) -> sdkProperties.append(" -D").append(name).append('=').append(value));
        environment.merge("JAVA_TOOL_OPTIONS", sdkProperties.toString().trim(), (own, added) -> own + " " + added);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", function.functionName());
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySizeMb()));
        return environment;
    }

    private record Probe(String handler, Path artifacts, Path fixture, Map<String, String> environment, int memoryMb) {

        private Path classDataArchive() {
            return artifacts.resolve("app-cds.jsa");
        }

        /** One run that writes the classes it loaded to an archive, which the measured runs then map. */
        void writeClassDataArchive(Path root, String cpu) throws IOException, InterruptedException {
            Files.deleteIfExists(classDataArchive());
            run(root, cpu, List.of("-XX:ArchiveClassesAtExit=" + classDataArchive()));
        }

        /** One more run that lists every class it loads; returns the list's file. */
        Path listLoadedClasses(Path root, String cpu) throws IOException, InterruptedException {
            Path list = artifacts.resolve("classes-loaded.txt");
            Files.deleteIfExists(list);
            run(root, cpu, List.of("-Xlog:class+load=info:file=" + list));
            return list;
        }

        String run(Path root, String cpu) throws IOException, InterruptedException {
            return run(root, cpu, Boolean.getBoolean("coldstart.appcds") && Files.exists(classDataArchive())
                    ? List.of("-XX:SharedArchiveFile=" + classDataArchive()) : List.of());
        }

        private String run(Path root, String cpu, List<String> classData) throws IOException, InterruptedException {
            Path probeClasses = Path.of(ColdStartProbe.class.getProtectionDomain().getCodeSource().getLocation()
                    .getPath());
            String serialization = Path.of(com.amazonaws.services.lambda.runtime.serialization.events
                    .LambdaEventSerializers.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .toString();
            List<String> command = new ArrayList<>(List.of("taskset", "-c", cpu,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(RUNTIME_FLAGS);
            command.addAll(classData);
            command.add("-Xmx" + memoryMb * 85 / 100 + "m");
            // Class data sharing refuses a non-empty directory on the class path: the runtime's /var/task (the
            // artifact's root, which holds lib/) cannot be on it, and the probe's classes come as a jar.
            List<String> classPath = classData.isEmpty()
                    ? List.of(artifacts.resolve("lib") + "/*", artifacts.toString(), probeClasses.toString(), serialization)
                    : List.of(artifacts.resolve("lib") + "/*", probeJar(root, probeClasses).toString(), serialization);
            command.addAll(List.of("-cp", String.join(":", classPath), ColdStartProbe.class.getName(), handler,
                    fixture.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String probeLine = null;
            StringBuilder output = new StringBuilder();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("PROBE ")) {
                        probeLine = line;
                    } else if (output.length() < 4_000) {
                        output.append(line).append('\n');
                    }
                }
            }
            if (process.waitFor() != 0 || probeLine == null) {
                throw new IllegalStateException(handler + " failed with exit " + process.exitValue() + ":\n" + output);
            }
            return probeLine;
        }
    }

    private static Path probeJar(Path root, Path probeClasses) throws IOException, InterruptedException {
        Path jar = root.resolve(PACKAGES).resolve("probe.jar");
        if (!Files.exists(jar)) {
            run(root, List.of(Path.of(System.getProperty("java.home"), "bin", "jar").toString(), "cf", jar.toString(),
                    "-C", probeClasses.toString(), "nl/rmt/intake/benchmarks"));
        }
        return jar;
    }

    private static Map<String, Double> fields(String probeLine) {
        Map<String, Double> fields = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(probeLine);
        while (matcher.find()) {
            fields.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        return fields;
    }

    private static void report(Map<String, List<Map<String, Double>>> samples, Map<String, String> answers,
            int runs, String cpu) {
        System.out.printf("%nCold starts: %d fresh JVMs each, pinned to CPU %s; median [min-max]; cpu and wall up to"
                + " the end of the first invocation, in ms; x = median cpu / hello-world's%n", runs, cpu);
        System.out.printf("%-31s %6s", "function", "x cpu");
        for (String field : SHOWN) {
            System.out.printf(" %19s", field);
        }
        System.out.printf("  %s%n", "first answer");
        double helloCpu = median(samples.get(HELLO_WORLD), "cpu");
        samples.forEach((name, runsOf) -> {
            System.out.printf("%-31s %6.2f", name, median(runsOf, "cpu") / helloCpu);
            for (String field : SHOWN) {
                double[] values = sorted(runsOf, field);
                System.out.printf(" %19s", String.format("%.0f [%.0f-%.0f]", median(runsOf, field), values[0],
                        values[values.length - 1]));
            }
            System.out.printf("  %s%n", answers.get(name));
        });
    }

    private static double median(List<Map<String, Double>> runs, String field) {
        double[] values = sorted(runs, field);
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static double[] sorted(List<Map<String, Double>> runs, String field) {
        return runs.stream().mapToDouble(run -> run.get(field)).sorted().toArray();
    }

    private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit " + process.exitValue());
        }
    }
}
