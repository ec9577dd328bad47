package nl.rmt.intake.localstack.runner.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.LocalLambda;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * The demo's last word: today's monitoring counts, read through the signed counts API as the monitoring role
 * ({@code rmt-intake-monitoring}) would read them, one line per region that had intakes, one per reorganisation and
 * per sector of the preventive route, and the CSV's size.
 */
final class MonitoringDemo {

    static final String COUNTS_ROUTE = "/v1/monitoring/counts";
    /** The days of the counts are Dutch days. */
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    /** The JDK client sets these itself and refuses to be told. */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length");
    private static final String LOCAL_SECRET = "local";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedStack stack;
    private final LocalLambda lambda;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    MonitoringDemo(EmbeddedStack stack, LocalLambda lambda, PrintStream out) {
        this.stack = stack;
        this.lambda = lambda;
        this.out = out;
    }

    /** @return whether both answers came without a server error */
    boolean run() {
        if (!lambda.servesRoute("GET", COUNTS_ROUTE)) {
            return true;
        }
        String role = stack.settings().stackName() + "-monitoring";
        LocalDate today = LocalDate.now(DUTCH_TIME);
        String period = "?from=" + today + "&to=" + today;
        out.println();
        out.printf("== Today's monitoring counts (GET %s%s, signed as %s)%n", COUNTS_ROUTE, period, role);
        HttpResponse<String> json = get(period, role);
        HttpResponse<String> csv = get(period + "&format=csv", role);
        if (json == null || csv == null) {
            return false;
        }
        if (json.statusCode() != 200) {
            out.printf("  HTTP %d: %s%n", json.statusCode(), json.body());
            return json.statusCode() < 500;
        }
        JsonNode report = parse(json.body());
        out.printf("  HTTP 200: %d intake(s); status %s%n", report.at("/total/intakes").asLong(),
                nonZero(report.at("/total/byStatus")));
        for (JsonNode region : report.path("regions")) {
            if (region.at("/counts/intakes").asLong() > 0) {
                out.println("  " + line(region));
            }
            for (JsonNode reorganisation : region.at("/reorganisations/byReorganisation")) {
                out.println("  " + region.path("code").asText() + " reorganisation " + reorganisation.path("employerName")
                        .asText() + " (sector " + reorganisation.path("sector").asText() + ", "
                        + reorganisation.path("status").asText() + "): " + funnel(reorganisation.path("funnel")));
            }
        }
        for (JsonNode sector : report.at("/reorganisations/bySector")) {
            out.printf("  sector %s %s, %d reorganisation(s): %s%n", sector.path("sector").asText(),
                    sector.path("sectorName").asText(), sector.path("reorganisations").asLong(),
                    funnel(sector.path("funnel")));
        }
        out.printf("  CSV (&format=csv): HTTP %d, %d rows, %s%n", csv.statusCode(),
                csv.body().split("\r\n").length, csv.headers().firstValue("content-disposition").orElse("no file name"));
        return csv.statusCode() < 500;
    }

    private static String line(JsonNode region) {
        JsonNode counts = region.path("counts");
        List<String> parts = new ArrayList<>();
        parts.add(region.path("code").asText() + " " + region.path("name").asText() + ": "
                + counts.path("intakes").asLong() + " intake(s)");
        parts.add("groups " + nonZero(counts.path("byTargetGroup")));
        parts.add("status " + nonZero(counts.path("byStatus")));
        if (!nonZero(counts.path("byOutcome")).equals("-")) {
            parts.add("outcomes " + nonZero(counts.path("byOutcome")));
        }
        List<String> leads = new ArrayList<>();
        List<String> referrals = new ArrayList<>();
        for (JsonNode partner : counts.path("byPartner")) {
            if (partner.path("lead").asLong() > 0) {
                leads.add(partner.path("partnerId").asText() + " " + partner.path("lead").asLong());
            }
            if (partner.path("referral").asLong() > 0) {
                referrals.add(partner.path("partnerId").asText() + " " + partner.path("referral").asLong());
            }
        }
        parts.add("leads " + String.join(", ", leads));
        if (!referrals.isEmpty()) {
            parts.add("referrals " + String.join(", ", referrals));
        }
        return String.join(" | ", parts);
    }

    /** A reorganisation's funnel, every stage: monitoring shows the exact numbers, the employer's view does not. */
    private static String funnel(JsonNode funnel) {
        return funnel.path("invitedJobs").asLong() + " jobs, " + funnel.path("intakes").asLong() + " intake(s), "
                + funnel.path("applications").asLong() + " application(s): " + funnel.path("inCoaching").asLong()
                + " in coaching, " + funnel.path("movedToWork").asLong() + " to work, "
                + funnel.path("toTraining").asLong() + " to training, " + funnel.path("other").asLong() + " other";
    }

    /** "ZZP 2, DEBT 1": the counts that are not zero, or "-". */
    private static String nonZero(JsonNode counts) {
        List<String> parts = new ArrayList<>();
        counts.fields().forEachRemaining(count -> {
            if (count.getValue().asLong() > 0) {
                parts.add(count.getKey() + " " + count.getValue().asLong());
            }
        });
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private HttpResponse<String> get(String query, String role) {
        URI uri = URI.create(lambda.httpApiUrl() + COUNTS_ROUTE + query);
        SignedRequest signed = AwsV4HttpSigner.create().sign(signing -> signing
                .identity(AwsBasicCredentials.create(role, LOCAL_SECRET))
                .request(SdkHttpRequest.builder().method(SdkHttpMethod.GET).uri(uri).build())
                .payload(ContentStreamProvider.fromByteArray(new byte[0]))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                .putProperty(AwsV4HttpSigner.REGION_NAME, stack.settings().region()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        signed.request().headers().forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            out.println("  no answer: " + e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
