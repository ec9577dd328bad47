import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Picks one function's jars out of the full runtime layout: those holding a class the handler can reach. Run by
 * functions/handlers/Makefile for every function (`sam build`), so a new import in a handler brings its jar
 * along without anyone keeping a list.
 *
 * <p>Reach is followed through the class references jdeps reports (jdeps -verbose:class over every jar of the
 * layout) and through what the libraries look up by name at run time:
 * <ul>
 *   <li>service providers (META-INF/services/S) of a reached service S;
 *   <li>the AWS SDK's execution interceptors (*.interceptors files) of a kept jar;
 *   <li>Log4j plugins: once log4j-core is reached, every jar with a plugin cache (Log4j2Plugins.dat), whose
 *       classes the configuration (log4j2.xml) may name;
 *   <li>the Lambda runtime's event serializer: it reads every class of aws-lambda-java-events with its Joda-Time
 *       module, loaded from the function's package, so a handler taking or returning such an event (its class
 *       refers to one) needs joda-time; one that takes a map and only uses event classes elsewhere does not,
 *       nor does a RequestStreamHandler, whose event the runtime passes on as bytes.
 * </ul>
 *
 * <p>Usage: {@code FunctionPackage <layout lib/> <jdeps output> <handler class> <ARTIFACTS_DIR>
 * [<ProGuard jars> <shrink rules> <shrink cache>]}. Copies the chosen jars to ARTIFACTS_DIR/lib, or, given the
 * shrinker's three arguments, writes them there shrunk ({@link PackageShrinker}), with the classes loaded by name
 * kept whole; prints which jars were left out.
 */
public final class FunctionPackage {

    private static final String PLUGIN_CACHE = "META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat";
    private static final String LOG4J_CORE_CLASS = "org.apache.logging.log4j.core.LoggerContext";
    private static final String JODA_CLASS = "org.joda.time.DateTime";
    private static final String EVENTS_PACKAGE = "com.amazonaws.services.lambda.runtime.events.";
    private static final String STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";

    private final Map<String, String> jarOfClass = new HashMap<>();
    private final Map<String, List<String>> references = new HashMap<>();
    /** Per jar: service name → provider classes, and the classes its interceptor files name. */
    private final Map<String, Map<String, List<String>>> providers = new HashMap<>();
    private final Map<String, List<String>> interceptors = new HashMap<>();
    private final Map<String, List<String>> classesOfJar = new HashMap<>();
    private final Set<String> pluginJars = new TreeSet<>();
    /** The classes reached by name (service providers, interceptors, plugins...), not by a reference. */
    private final Set<String> loadedByName = new TreeSet<>();

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4 && args.length != 7) {
            throw new IllegalArgumentException("Usage: FunctionPackage <layout lib/> <jdeps output> <handler class>"
                    + " <ARTIFACTS_DIR> [<ProGuard jars> <shrink rules> <shrink cache>]");
        }
        Path lib = Path.of(args[0]);
        FunctionPackage layout = new FunctionPackage();
        layout.readJars(lib);
        layout.readReferences(Path.of(args[1]));
        Set<String> jars = layout.jarsReachedFrom(args[2], isStreamHandler(lib, args[2]));
        Path target = Path.of(args[3]).resolve("lib");
        Files.createDirectories(target);
        if (args.length == 7) {
            new PackageShrinker(Path.of(args[4]), Path.of(args[5]), Path.of(args[6]))
                    .shrink(lib, jars, layout.loadedByName, target);
        } else {
            for (String jar : jars) {
                Files.copy(lib.resolve(jar), target.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Set<String> left = new TreeSet<>(layout.classesOfJar.keySet());
        left.removeAll(jars);
        System.out.printf("%s: %d of %d jars; left out: %s%n", args[2], jars.size(), layout.classesOfJar.size(),
                left.isEmpty() ? "none" : String.join(" ", left));
    }

    private void readJars(Path lib) throws IOException {
        try (var files = Files.list(lib)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
                String jar = file.getFileName().toString();
                List<String> classes = new ArrayList<>();
                try (JarFile jarFile = new JarFile(file.toFile())) {
                    for (JarEntry entry : jarFile.stream().toList()) {
                        String name = entry.getName();
                        if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                            String className = name.substring(0, name.length() - 6).replace('/', '.');
                            jarOfClass.putIfAbsent(className, jar);
                            classes.add(className);
                        } else if (name.startsWith("META-INF/services/") && !entry.isDirectory()) {
                            providers.computeIfAbsent(jar, j -> new HashMap<>())
                                    .put(name.substring("META-INF/services/".length()), classNames(jarFile, entry));
                        } else if (name.endsWith(".interceptors")) {
                            interceptors.computeIfAbsent(jar, j -> new ArrayList<>()).addAll(classNames(jarFile, entry));
                        } else if (name.equals(PLUGIN_CACHE)) {
                            pluginJars.add(jar);
                        }
                    }
                }
                classesOfJar.put(jar, classes);
            }
        }
    }

    /** The class names of a service or interceptor file: one a line, # starts a comment. */
    private static List<String> classNames(JarFile jar, JarEntry entry) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String name = line.replaceAll("#.*", "").trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** jdeps -verbose:class lines: "   from.Class   -> to.Class   jar-or-module". */
    private void readReferences(Path jdepsOutput) throws IOException {
        for (String line : Files.readAllLines(jdepsOutput)) {
            if (!line.startsWith("   ")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[1].equals("->")) {
                references.computeIfAbsent(parts[0], from -> new ArrayList<>()).add(parts[2]);
            }
        }
    }

    private Set<String> jarsReachedFrom(String handler, boolean streamHandler) {
        if (!jarOfClass.containsKey(handler)) {
            throw new IllegalArgumentException("The handler class " + handler + " is in no jar of the layout");
        }
        Set<String> reached = new HashSet<>();
        Set<String> jars = new TreeSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(handler));
        if (!streamHandler && takesOrReturnsAnEvent(handler) && jarOfClass.containsKey(JODA_CLASS)) {
            loadedByName.add(JODA_CLASS);
            toVisit.add(JODA_CLASS);
        }
        boolean grew = true;
        while (grew) {
            while (!toVisit.isEmpty()) {
                String className = toVisit.pop();
                String jar = jarOfClass.get(className);
                if (jar == null || !reached.add(className)) {
                    continue;
                }
                jars.add(jar);
                toVisit.addAll(references.getOrDefault(className, List.of()));
            }
            grew = false;
            for (String jar : classesOfJar.keySet()) {
                List<String> roots = new ArrayList<>();
                providers.getOrDefault(jar, Map.of()).forEach((service, classes) -> {
                    if (reached.contains(service)) {
                        roots.addAll(classes);
                    }
                });
                if (jars.contains(jar)) {
                    roots.addAll(interceptors.getOrDefault(jar, List.of()));
                }
                if (pluginJars.contains(jar) && reached.contains(LOG4J_CORE_CLASS)) {
                    roots.addAll(classesOfJar.get(jar));
                }
                for (String root : roots.stream().filter(jarOfClass::containsKey).toList()) {
                    loadedByName.add(root);
                    if (!reached.contains(root)) {
                        toVisit.add(root);
                        grew = true;
                    }
                }
            }
        }
        return jars;
    }

    /**
     * The runtime reads the handler's input and writes its output with its event reader (unless the handler takes
     * them as bytes): only the handler's own event types count.
     */
    private boolean takesOrReturnsAnEvent(String handler) {
        return references.getOrDefault(handler, List.of()).stream()
                .anyMatch(className -> className.startsWith(EVENTS_PACKAGE));
    }

    /** Whether the handler is a RequestStreamHandler, through any of its supertypes (loaded, not initialised). */
    private static boolean isStreamHandler(Path lib, String handler) throws IOException {
        List<URL> jars = new ArrayList<>();
        try (var files = Files.list(lib)) {
            for (Path jar : files.filter(path -> path.toString().endsWith(".jar")).toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        try (var loader = new URLClassLoader(jars.toArray(URL[]::new), null)) {
            return Class.forName(STREAM_HANDLER, false, loader).isAssignableFrom(Class.forName(handler, false, loader));
        } catch (ClassNotFoundException | LinkageError notAStreamHandler) {
            return false;
        }
    }
}
