package nl.rmt.intake.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads what was sent through aws-ses-v2-local, from its {@code GET /store} endpoint. */
public final class SesMailbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public SesMailbox(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Every email sent since the emulator started or was last cleared, oldest first. */
    public List<SentEmail> all() {
        JsonNode store = parse(send(HttpRequest.newBuilder(endpoint.resolve("/store")).GET()));
        List<SentEmail> emails = new ArrayList<>();
        for (JsonNode email : store.path("emails")) {
            emails.add(new SentEmail(
                    email.path("messageId").asText(),
                    email.path("from").asText(),
                    texts(email.path("destination").path("to")),
                    texts(email.path("destination").path("cc")),
                    texts(email.path("destination").path("bcc")),
                    email.path("subject").asText(),
                    textOrNull(email.path("body").path("text")),
                    textOrNull(email.path("body").path("html")),
                    Instant.ofEpochSecond(email.path("at").asLong())));
        }
        return emails;
    }

    /** The emails with {@code address} among their To, Cc or Bcc recipients (case-insensitive), oldest first. */
    public List<SentEmail> sentTo(String address) {
        return all().stream().filter(email -> recipients(email).stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    /** Forgets every stored email (and every stored template). */
    public void clear() {
        send(HttpRequest.newBuilder(endpoint.resolve("/clear-store")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The web page that lists the stored emails. */
    public URI webView() {
        return endpoint.resolve("/");
    }

    private static List<String> recipients(SentEmail email) {
        List<String> recipients = new ArrayList<>(email.to());
        recipients.addAll(email.cc());
        recipients.addAll(email.bcc());
        return recipients;
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("aws-ses-v2-local answered " + response.statusCode() + " to "
                        + response.request().uri());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("aws-ses-v2-local is not reachable at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the SES store", e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("aws-ses-v2-local's store is not JSON", e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
