package nl.rmt.intake.localstack.emulator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DynamoDB Local stores tables in SQLite through sqlite4java, whose JNI library Maven delivers as a
 * separate artifact named {@code libsqlite4java-linux-amd64-1.0.392.so}. sqlite4java only loads it
 * from a directory under its unversioned name, so it is copied to a private temp dir first.
 */
public final class SqliteNativeLibrary {

    static final String LIBRARY_PATH_PROPERTY = "sqlite4java.library.path";

    private SqliteNativeLibrary() {
    }

    /** Points sqlite4java at a directory holding the native library for this platform; idempotent. */
    public static synchronized void install() {
        String configured = System.getProperty(LIBRARY_PATH_PROPERTY);
        Platform platform = Platform.current();
        if (configured != null && Files.isRegularFile(Path.of(configured, platform.fileName()))) {
            return;
        }
        Path source = locate(platform).orElseThrow(() -> new IllegalStateException(
                "sqlite4java native library " + platform.artifactId() + " not found on the class path or in "
                        + localRepository() + "; run 'mvn dependency:resolve' once online"));
        System.setProperty(LIBRARY_PATH_PROPERTY, stage(source, platform).toString());
    }

    static Optional<Path> locate(Platform platform) {
        return onClassPath(platform).or(() -> inLocalRepository(platform));
    }

    private static Optional<Path> onClassPath(Platform platform) {
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path path = Paths.get(entry);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (platform.matches(name) && Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> inLocalRepository(Platform platform) {
        Path artifactDir = localRepository().resolve(Path.of("com", "almworks", "sqlite4java", platform.artifactId()));
        if (!Files.isDirectory(artifactDir)) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(artifactDir)) {
            for (Path version : versions) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(version)) {
                    for (Path file : files) {
                        if (platform.matches(file.getFileName().toString())) {
                            candidates.add(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + artifactDir, e);
        }
        // Any cached version loads; the newest is the one DynamoDB Local is most likely built against.
        return candidates.stream().sorted().reduce((first, second) -> second);
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static Path stage(Path source, Platform platform) {
        try {
            Path directory = Files.createTempDirectory("sqlite4java-");
            Path target = directory.resolve(platform.fileName());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().deleteOnExit();
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage " + source, e);
        }
    }

    /** The sqlite4java artifact and file name for one OS and CPU. */
    record Platform(String artifactId, String extension) {

        static Platform current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
            if (os.contains("linux")) {
                return new Platform(x64 ? "libsqlite4java-linux-amd64" : "libsqlite4java-linux-i386", "so");
            }
            if (os.contains("mac") || os.contains("darwin")) {
                return new Platform("libsqlite4java-osx", "dylib");
            }
            if (os.contains("windows")) {
                return new Platform(x64 ? "sqlite4java-win32-x64" : "sqlite4java-win32-x86", "dll");
            }
            throw new IllegalStateException("No sqlite4java native library for " + os + "/" + arch);
        }

        String fileName() {
            return artifactId + "." + extension;
        }

        boolean matches(String fileName) {
            return fileName.startsWith(artifactId) && fileName.endsWith("." + extension);
        }
    }
}
