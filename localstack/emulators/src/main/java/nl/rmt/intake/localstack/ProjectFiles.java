package nl.rmt.intake.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds files of this repository from wherever a JVM runs: the surefire property {@code rmt.root} first,
 * then the working directory and its parents, so module builds and IDE runs find the same files.
 */
public final class ProjectFiles {

    public static final String ROOT_PROPERTY = "rmt.root";
    static final String TEMPLATE = "template.yaml";
    static final String SES_PACKAGE = "localstack/ses";

    private ProjectFiles() {
    }

    /** The project's SAM template. */
    public static Path template() {
        return find(TEMPLATE);
    }

    /** The folder holding aws-ses-v2-local's package.json. */
    public static Path sesPackage() {
        return find(SES_PACKAGE + "/package.json").getParent();
    }

    /** The folder holding template.yaml. */
    public static Path root() {
        return template().getParent();
    }

    static Path find(String relativePath) {
        List<Path> searched = new ArrayList<>();
        for (Path start : starts()) {
            for (Path folder = start; folder != null; folder = folder.getParent()) {
                Path candidate = folder.resolve(relativePath);
                if (Files.exists(candidate)) {
                    return candidate;
                }
                searched.add(folder);
            }
        }
        throw new IllegalStateException("No " + relativePath + " in " + searched + "; set -D" + ROOT_PROPERTY
                + " to the project root");
    }

    private static List<Path> starts() {
        List<Path> starts = new ArrayList<>();
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            starts.add(Path.of(configured).toAbsolutePath().normalize());
        }
        starts.add(Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize());
        return starts;
    }
}
