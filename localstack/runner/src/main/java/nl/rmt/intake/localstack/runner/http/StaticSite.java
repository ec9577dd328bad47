package nl.rmt.intake.localstack.runner.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built pages (web/dist) at the API's own origin, as CloudFront serves them from S3: {@code /} is
 * {@code index.html} and a path without an extension is the page of that name ({@code /intrekken} is
 * {@code intrekken.html}), which is how the pages are uploaded. Only GET and HEAD of files inside the folder.
 */
public final class StaticSite {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8");

    private final Path folder;

    public StaticSite(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** The file for a GET or HEAD of this path, or empty when the site has none (the caller answers 404). */
    Optional<ApiResponse> serve(String method, String rawPath) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Optional.empty();
        }
        return file(rawPath).map(StaticSite::response);
    }

    private Optional<Path> file(String rawPath) {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.equals("/")) {
            path = "/index.html";
        } else if (!path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            path = path + ".html";
        }
        Path file = folder.resolve(path.substring(1)).normalize();
        return file.startsWith(folder) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static ApiResponse response(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try {
            // The pages change while a developer works on them; a browser should always ask again.
            return new ApiResponse(200, Map.of(
                    "Content-Type", List.of(CONTENT_TYPES.getOrDefault(extension, "application/octet-stream")),
                    "Cache-Control", List.of("no-cache"),
                    "X-Content-Type-Options", List.of("nosniff")), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
