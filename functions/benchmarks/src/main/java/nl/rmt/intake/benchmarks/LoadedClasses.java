package nl.rmt.intake.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads a {@code -Xlog:class+load} file and counts the classes per library, to see where a cold start goes. */
final class LoadedClasses {

    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source: (.*)");
    /** First matching prefix wins; the Lambda runtime's event reader shades its own Jackson. */
    private static final Map<String, String> LIBRARIES = libraries();

    private LoadedClasses() {
    }

    static String countByLibrary(Path classLoadLog) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : Files.readAllLines(classLoadLog)) {
            Matcher loaded = LOADED.matcher(line);
            if (loaded.find()) {
                counts.merge(library(loaded.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
    }

    private static String library(String className) {
        for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
            if (className.startsWith(library.getKey())) {
                return library.getValue();
            }
        }
        return "other";
    }

    private static Map<String, String> libraries() {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("com.amazonaws.services.lambda.runtime.serialization", "runtime event reader");
        libraries.put("com.amazonaws.lambda.thirdparty", "runtime event reader");
        libraries.put("com.amazonaws.services.lambda.runtime.events", "lambda events");
        libraries.put("com.amazonaws.services.lambda.runtime", "lambda core");
        libraries.put("software.amazon.awssdk", "aws sdk");
        libraries.put("com.fasterxml.jackson", "jackson");
        libraries.put("org.apache.logging", "log4j");
        libraries.put("software.amazon.lambda.powertools", "powertools");
        libraries.put("org.slf4j", "slf4j");
        libraries.put("org.joda", "joda-time");
        libraries.put("org.crac", "crac");
        libraries.put("nl.rmt.intake.benchmarks", "probe");
        libraries.put("nl.rmt", "project");
        libraries.put("com.sun.org.apache.xerces", "jdk xml");
        libraries.put("com.sun.org.apache.xml", "jdk xml");
        libraries.put("javax.xml", "jdk xml");
        libraries.put("org.xml", "jdk xml");
        libraries.put("org.w3c", "jdk xml");
        libraries.put("jdk.xml", "jdk xml");
        for (String jdk : List.of("java.", "javax.", "jdk.", "sun.", "com.sun.")) {
            libraries.put(jdk, "jdk");
        }
        return libraries;
    }
}
