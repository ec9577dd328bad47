package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import nl.rmt.intake.localstack.runner.SignedRequests;

/** A desk of region AM18 registering and closing reorganisations through its signed API, as the desk page does. */
final class Reorganisations {

    static final String REGION = "AM18";
    private static final String DESK = "rmt-intake-desk-am18";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Reorganisations() {
    }

    /** A reorganisation of 40 jobs in Haarlemmermeer, its notice expected in 60 days: the 201's body. */
    static JsonNode register(String employerName) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("employer").put("name", employerName).put("kvkNumber", "12345678");
        body.put("siteMunicipality", "GM0394").put("sector", "C").put("jobsAffected", 40)
                .put("expectedNoticeDate", LocalDate.now().plusDays(60).toString()).put("socialPlan", true);
        body.putObject("contact").put("name", "Petra de Vries").put("email", "p.devries@werkgever.example");
        JsonNode created = call("POST", "/v1/regions/" + REGION + "/reorganisations", body.toString(), 201);
        assertThat(created.path("invitation").path("code").asText()).isNotBlank();
        return created;
    }

    static void close(JsonNode registered) {
        call("POST", "/v1/regions/" + REGION + "/reorganisations/" + registered.get("reorganisationId").asText()
                + "/close", "{}", 200);
    }

    static String code(JsonNode registered) {
        return registered.get("invitation").get("code").asText();
    }

    /** The employer's link without its origin: the page's path and the fragment with the id and the key. */
    static String employerLink(JsonNode registered) {
        URI link = URI.create(registered.get("employerView").get("url").asText());
        return link.getRawPath() + "#" + link.getRawFragment();
    }

    private static JsonNode call(String method, String path, String body, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(SignedRequests.signed(method, URI.create(PagesStack.url() + path),
                    body, DESK, "eu-west-1").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
