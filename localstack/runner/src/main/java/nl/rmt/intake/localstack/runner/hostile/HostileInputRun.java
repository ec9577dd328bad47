package nl.rmt.intake.localstack.runner.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.localstack.runner.SignedRequests;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Sends generated hostile requests ({@link HostileRequests}) to every route of the local HTTP API and checks each
 * answer: no 5xx, nothing stored (the table's item count before and after), every 400 names its fields, no value
 * sent comes back in an answer, and none is in the log output of the run.
 *
 * <pre>java -cp … nl.rmt.intake.localstack.runner.hostile.HostileInputRun [requests] [seed]</pre>
 */
public final class HostileInputRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKER = Pattern.compile("MRK[A-Z0-9]{10}Q");

    private final EmbeddedStack stack;
    private final LocalLambda lambda;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public HostileInputRun(EmbeddedStack stack, LocalLambda lambda) {
        this.stack = stack;
        this.lambda = lambda;
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261203L;
        // Hostile bodies are to reach the form's parser; the proof of work has its own tests.
        try (EmbeddedStack stack = EmbeddedStack.builder().parameter("ProofOfWork", "Disabled").start();
             LocalLambda lambda = LocalLambda.start(stack, 0)) {
            HostileRunSummary summary = new HostileInputRun(stack, lambda).run(requests, seed);
            System.out.println(summary.report());
            System.exit(summary.clean() ? 0 : 1);
        }
    }

    /** Stores two real cases (so that some requests name one), then sends {@code requests} hostile requests. */
    public HostileRunSummary run(int requests, long seed) throws IOException, InterruptedException {
        List<String> caseIds = List.of(seedCase(), seedCase());
        lambda.drain();
        HostileRequests generator = new HostileRequests(seed, caseIds, stack.settings().stackName());
        HostileRunSummary summary = new HostileRunSummary();
        Set<String> markers = new HashSet<>();
        long started = System.nanoTime();
        List<String> logLines;
        try (LogCapture log = LogCapture.attach()) {
            int items = itemCount();
            for (int i = 0; i < requests; i++) {
                String route = HostileRequests.ROUTES.get(i % HostileRequests.ROUTES.size());
                HostileRequests.Request request = generator.next(route);
                markers.addAll(request.markers());
                HttpResponse<String> response = send(request);
                int itemsAfter = itemCount();
                summary.record(request, response.statusCode(), itemsAfter != items, fieldLevel(response),
                        echoed(request, response));
                items = itemsAfter;
            }
            logLines = log.lines();
        }
        summary.finish(System.nanoTime() - started, logged(logLines, markers), logLines.size());
        return summary;
    }

    private String seedCase() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(lambda.httpApiUrl().resolve("/v1/regions/AM18/intakes"))
                .header("content-type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(HostileRequests.VALID_FORM)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("The seed case was not accepted: " + response.statusCode());
        }
        return JSON.readTree(response.body()).get("caseId").asText();
    }

    private HttpResponse<String> send(HostileRequests.Request request) throws IOException, InterruptedException {
        String query = request.query().isEmpty() ? "" : "?" + request.query();
        URI uri = URI.create(lambda.httpApiUrl() + request.path() + query);
        HttpRequest.Builder builder = request.role() == null
                ? HttpRequest.newBuilder(uri).method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request.body()))
                : SignedRequests.signed(request.method(), uri, request.body(), request.role(), stack.settings().region());
        if (request.role() == null && request.body() != null) {
            builder.header("content-type", "application/json");
        }
        request.headers().forEach(builder::header);
        return http.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int itemCount() {
        String table = stack.resources().tableName("CasesTable");
        return stack.dynamoDb().scan(scan -> scan.tableName(table).select(Select.COUNT)).count();
    }

    /** A 400 must name each bad field: a non-empty list of errors, each with a field and a code. */
    private static boolean fieldLevel(HttpResponse<String> response) {
        if (response.statusCode() != 400) {
            return true;
        }
        try {
            JsonNode errors = JSON.readTree(response.body()).get("errors");
            if (errors == null || !errors.isArray() || errors.isEmpty()) {
                return false;
            }
            for (JsonNode error : errors) {
                if (error.path("field").asText("").isBlank() || error.path("code").asText("").isBlank()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean echoed(HostileRequests.Request request, HttpResponse<String> response) {
        String answer = response.body() + " " + response.headers().map();
        return request.markers().stream().anyMatch(marker -> answer.contains(marker)
                || answer.contains(marker.toLowerCase()));
    }

    private static int logged(List<String> lines, Set<String> markers) {
        Set<String> found = new HashSet<>();
        for (String line : lines) {
            Matcher matcher = MARKER.matcher(line.toUpperCase());
            while (matcher.find()) {
                if (markers.contains(matcher.group())) {
                    found.add(matcher.group());
                }
            }
        }
        return found.size();
    }
}
