import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Shrinks one function's jars at the method level with ProGuard (shrinking only: no optimisation, no renaming), so
 * that a package holds the classes and methods its code can reach, not whole SDK jars. Each jar stays a jar of its
 * own name in lib/, with its resources and META-INF as its library made them.
 *
 * <p>What the code reaches is ProGuard's to trace from the fixed rules (src/build/shrink.pro: the project's classes,
 * what the Lambda runtime and Jackson reflect on, ...) and from the classes the libraries load by name that
 * {@link FunctionPackage} finds (service providers, SDK interceptors), kept here as a whole.
 *
 * <p>The result depends on the jars and the rules only, and functions with the same jars share it: it is kept under
 * a hash of the configuration in the cache directory, which the Makefile empties with every new layout. Output jars
 * are rewritten with fixed entry times, so that a package is the same bytes from one build to the next.
 */
final class PackageShrinker {

    /** A fixed entry time (the one reproducible Maven builds use), not the time of the build. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);
    private static final String OUTPUT = "<output>";

    private final Path proguardJars;
    private final Path rules;
    private final Path cache;

    PackageShrinker(Path proguardJars, Path rules, Path cache) {
        this.proguardJars = proguardJars;
        this.rules = rules;
        this.cache = cache;
    }

    /** Writes the shrunk jars to {@code target}; {@code keptWhole} are the classes loaded by name. */
    void shrink(Path lib, Collection<String> jars, Collection<String> keptWhole, Path target)
            throws IOException, InterruptedException {
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jmods)) {
            throw new IllegalStateException("Shrinking needs a JDK with jmods (the JDK's classes are its library): "
                    + jmods + " is missing");
        }
        String configuration = configuration(lib, jars, keptWhole);
        Path shrunk = cache.resolve(hash(configuration + Files.readString(rules)));
        if (!Files.isDirectory(shrunk)) {
            Path building = Files.createDirectories(cache).resolve(shrunk.getFileName() + ".tmp");
            deleteTree(building);
            Files.createDirectories(building);
            Path generated = building.resolve("function.pro");
            Files.writeString(generated, configuration.replace(OUTPUT, building.toString()));
            runProGuard(generated, building.resolve("proguard.log"));
            for (String jar : jars) {
                stabilise(building.resolve(jar));
            }
            Files.move(building, shrunk, StandardCopyOption.ATOMIC_MOVE);
        }
        for (String jar : jars) {
            Files.copy(shrunk.resolve(jar), target.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Each input jar to an output jar of the same name; multi-release variants dropped (the base classes stay). */
    private static String configuration(Path lib, Collection<String> jars, Collection<String> keptWhole) {
        StringBuilder text = new StringBuilder();
        for (String jar : jars) {
            text.append("-injars '").append(lib.resolve(jar)).append("'(!META-INF/versions/**)\n");
            text.append("-outjars '").append(OUTPUT).append('/').append(jar).append("'\n");
        }
        for (String className : keptWhole) {
            text.append("-keep class ").append(className).append(" { *; }\n");
        }
        return text.toString();
    }

    private void runProGuard(Path generated, Path log) throws IOException, InterruptedException {
        // A run of seconds: C1 alone and the serial collector took 8.7 s of CPU and 0.4 GB where the defaults took
        // 15 s and 0.8 GB (the confirmation's jars).
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g",
                "-cp", proguardJars + "/*", "proguard.ProGuard", "@" + rules, "@" + generated));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("ProGuard failed (exit " + process.exitValue() + "):\n"
                    + String.join("\n", tail(Files.readAllLines(log), 40)));
        }
    }

    /** The jar's entries in their order and content, with a fixed time and no extra fields. */
    private static void stabilise(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".stable");
        try (JarFile in = new JarFile(jar.toFile(), false);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (JarEntry entry : in.stream().toList()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tail(List<String> lines, int count) {
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
