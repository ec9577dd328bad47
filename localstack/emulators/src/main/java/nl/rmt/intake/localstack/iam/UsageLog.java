package nl.rmt.intake.localstack.iam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Appends each permission a function used, once per JVM, as {@code function<TAB>action<TAB>resource} to
 * {@code <dir>/usage-<pid>.tsv}, where {@code <dir>} is the system property {@code rmt.iam.usageDir}. The build sets it
 * for every module's tests, and the grant usage check compares the lines of all modules with the template.
 */
public final class UsageLog {

    public static final String DIRECTORY_PROPERTY = "rmt.iam.usageDir";
    private static final Pattern STREAM_LABEL = Pattern.compile("(:table/[^/]+/stream/)[^/]+$");
    private static final Set<String> RECORDED = ConcurrentHashMap.newKeySet();

    private UsageLog() {
    }

    /**
     * The resource as every test JVM names it: DynamoDB Local labels a table's stream with the time the table was
     * created, so each JVM's stack has a stream ARN of its own.
     */
    public static String portable(String resource) {
        return STREAM_LABEL.matcher(resource).replaceFirst("$1<label>");
    }

    static void record(String function, Permission permission) {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        String line = function + "\t" + permission.action() + "\t" + portable(permission.resource());
        if (directory == null || !RECORDED.add(line)) {
            return;
        }
        Path file = Path.of(directory, "usage-" + ProcessHandle.current().pid() + ".tsv");
        synchronized (RECORDED) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, line + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot record permission use in " + file, e);
            }
        }
    }
}
