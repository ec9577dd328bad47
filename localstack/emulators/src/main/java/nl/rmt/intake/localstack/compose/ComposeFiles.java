package nl.rmt.intake.localstack.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;

/**
 * Writes the files of {@code localstack/compose/} that are derived from template.yaml: the LocalStack init script
 * and the {@code sam local} environment file. {@code --check} writes nothing and exits 1 when a file is out of date.
 */
public final class ComposeFiles {

    public static final String INIT_SCRIPT = "localstack/compose/init/ready.d/10-resources.sh";
    public static final String SAM_ENV = "localstack/compose/sam-env.json";
    /** docker-compose.yml names its network and service so; {@code sam local --docker-network} joins the network. */
    public static final String DOCKER_NETWORK = "rmt-intake-localstack";
    public static final String SERVICE = "localstack";
    public static final String SAM_ENDPOINT = "http://" + SERVICE + ":" + LocalStackNames.EDGE_PORT;
    public static final String REGENERATE = "mvn -B -q -pl localstack/emulators compile exec:java"
            + " -Dexec.mainClass=" + ComposeFiles.class.getName();

    private ComposeFiles() {
    }

    public static void main(String[] args) {
        boolean check = List.of(args).contains("--check");
        Path root = ProjectFiles.root();
        List<String> outdated = outdated(root);
        if (check) {
            if (!outdated.isEmpty()) {
                System.err.println("Out of date with template.yaml: " + outdated + "; regenerate with " + REGENERATE);
                System.exit(1);
            }
            return;
        }
        write(root);
        System.out.println(outdated.isEmpty() ? "Up to date: " + expected(root).keySet() : "Written: " + outdated);
    }

    /** The derived files as the template makes them now, by path relative to {@code root}. */
    public static Map<String, String> expected(Path root) {
        TemplateModel template = TemplateModel.load(root.resolve("template.yaml"));
        StackSettings stack = StackSettings.defaults();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INIT_SCRIPT, InitScript.generate(template, stack, REGENERATE));
        files.put(SAM_ENV, SamEnvFile.generate(template, stack, SAM_ENDPOINT));
        return files;
    }

    /** Paths whose content differs from {@link #expected}, or that are missing. */
    public static List<String> outdated(Path root) {
        List<String> outdated = new ArrayList<>();
        expected(root).forEach((path, content) -> {
            Path file = root.resolve(path);
            if (!Files.exists(file) || !read(file).equals(content)) {
                outdated.add(path);
            }
        });
        return outdated;
    }

    public static void write(Path root) {
        expected(root).forEach((path, content) -> {
            Path file = root.resolve(path);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
                if (path.endsWith(".sh") && Files.getFileStore(file).supportsFileAttributeView("posix")) {
                    // LocalStack runs only executable hook scripts.
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
