package nl.rmt.intake.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.localstack.EmbeddedStack;

/**
 * Starts the embedded stack, then starts the intake handler in fresh JVMs again and again and reports the
 * median and worst of each phase, once with the JVM options template.yaml deploys and once without them.
 *
 * <p>Usage: {@code ColdStartHarness [runs] [fixture]}.
 */
public final class ColdStartHarness {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([\\d.]+)");

    private ColdStartHarness() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String fixture = args.length > 1 ? args[1] : "at-risk-employee-drechtsteden";
        String classpath = probeClasspath();
        try (EmbeddedStack stack = EmbeddedStack.builder().applyEnvironment(false).start()) {
            Map<String, String> properties = stack.environment().systemProperties();
            for (String options : List.of("-XX:+TieredCompilation -XX:TieredStopAtLevel=1", "")) {
                List<Map<String, Double>> samples = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    samples.add(probe(classpath, properties, options, fixture));
                }
                report(options.isEmpty() ? "default JIT" : options, samples);
            }
        }
        // An emulator leaves a non-daemon thread behind after closing.
        System.exit(0);
    }

    /**
     * What a Lambda container loads: the deployable (shaded) handlers jar, plus the probe itself and the
     * runtime's event serialization, which the probe uses to read the fixture as the runtime would.
     */
    private static String probeClasspath() throws java.io.IOException {
        Path lambdaJar = Path.of("functions/handlers/target/handlers-1.0.0-SNAPSHOT-lambda.jar");
        if (!Files.exists(lambdaJar)) {
            throw new IllegalStateException("Build the handlers first: " + lambdaJar + " is missing");
        }
        String serialization = Arrays.stream(Files.readString(Path.of("functions/benchmarks/target/classpath.txt"))
                        .trim().split(":"))
                .filter(entry -> entry.contains("aws-lambda-java-serialization"))
                .findFirst()
                .orElseThrow();
        return String.join(":", lambdaJar.toString(), "functions/benchmarks/target/classes", serialization);
    }

    private static Map<String, Double> probe(
            String classpath, Map<String, String> properties, String options, String fixture) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (!options.isEmpty()) {
            command.addAll(Arrays.asList(options.split(" ")));
        }
        command.add("-Xshare:auto");
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-cp", classpath, ColdStartProbe.class.getName(), fixture));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String probeLine = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("PROBE ")) {
                    probeLine = line;
                }
            }
        }
        if (process.waitFor() != 0 || probeLine == null) {
            throw new IllegalStateException("Probe failed with exit " + process.exitValue());
        }
        Map<String, Double> fields = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(probeLine);
        while (matcher.find()) {
            fields.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        return fields;
    }

    private static void report(String label, List<Map<String, Double>> samples) {
        System.out.printf("%n%s, %d fresh JVMs (ms; rss in MB)%n", label, samples.size());
        for (String field : samples.get(0).keySet()) {
            double[] values = samples.stream().mapToDouble(sample -> sample.get(field)).sorted().toArray();
            System.out.printf("  %-10s median %8.1f   min %8.1f   max %8.1f%n",
                    field, values[values.length / 2], values[0], values[values.length - 1]);
        }
    }
}
