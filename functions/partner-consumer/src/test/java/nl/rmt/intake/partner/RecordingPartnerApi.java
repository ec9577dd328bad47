package nl.rmt.intake.partner;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for the partner API on a free local port: records every request and answers 202 unless told otherwise. */
final class RecordingPartnerApi implements AutoCloseable {

    /** One request as it arrived. Header names are lower case. */
    record Received(String method, String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();

    private RecordingPartnerApi(HttpServer server) {
        this.server = server;
    }

    static RecordingPartnerApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordingPartnerApi api = new RecordingPartnerApi(server);
            server.createContext("/", api::handle);
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** Answers {@code status} to feedback on {@code caseId}. */
    void answer(String caseId, int status) {
        statusByPath.put(feedbackPath(caseId), status);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> receivedFor(String caseId) {
        return received.stream().filter(request -> request.path().equals(feedbackPath(caseId))).toList();
    }

    static String feedbackPath(String caseId) {
        return "/v1/partner/cases/" + caseId + "/feedback";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            String path = exchange.getRequestURI().getRawPath();
            received.add(new Received(exchange.getRequestMethod(), path, headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(statusByPath.getOrDefault(path, 202), answer.length);
            exchange.getResponseBody().write(answer);
        }
    }
}
