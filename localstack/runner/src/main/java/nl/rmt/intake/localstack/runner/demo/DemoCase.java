package nl.rmt.intake.localstack.runner.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One demo submission, read from a JSON file in one of two shapes:
 * <ul>
 *   <li>the demo shape, {@code {"region": "AM27", "headers": {...}, "body": {...the intake form...}}}: a POST
 *       to {@code /v1/regions/{region}/intakes}, headers optional;</li>
 *   <li>an API Gateway payload format 2.0 event, such as the fixtures in {@code events/intakes/}: its method,
 *       raw path and query, headers and body are sent as they are.</li>
 * </ul>
 */
record DemoCase(String name, String method, String pathAndQuery, Map<String, String> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set by the HTTP client itself, which refuses to take them from a caller. */
    private static final Set<String> CLIENT_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade");

    static List<DemoCase> readAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No demo folder " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<DemoCase> cases = new ArrayList<>();
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList()) {
                cases.add(read(file));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    static DemoCase read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode document;
        try {
            document = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not JSON", e);
        }
        if (document.has("rawPath") && document.has("requestContext")) {
            return fromHttpApiEvent(name, document);
        }
        String region = document.path("region").asText("");
        if (region.isEmpty() || !document.has("body")) {
            throw new IllegalArgumentException(file + " needs \"region\" and \"body\", or must be an HTTP API event");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        document.path("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asText()));
        return new DemoCase(name, "POST", "/v1/regions/" + region + "/intakes", headers, document.get("body").toString());
    }

    private static DemoCase fromHttpApiEvent(String name, JsonNode event) {
        String query = event.path("rawQueryString").asText("");
        Map<String, String> headers = new LinkedHashMap<>();
        event.path("headers").properties().forEach(header -> {
            if (!CLIENT_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.put(header.getKey(), header.getValue().asText());
            }
        });
        String body = event.path("body").asText("");
        if (event.path("isBase64Encoded").asBoolean(false)) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        return new DemoCase(name, event.path("requestContext").path("http").path("method").asText("POST"),
                event.path("rawPath").asText() + (query.isEmpty() ? "" : "?" + query), headers, body);
    }

    /** The citizen's address in the form, to find the confirmation; empty if there is none. */
    String email() {
        try {
            return JSON.readTree(body).path("person").path("email").asText("");
        } catch (IOException notAForm) {
            return "";
        }
    }
}
