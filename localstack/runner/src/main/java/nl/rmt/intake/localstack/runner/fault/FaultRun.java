package nl.rmt.intake.localstack.runner.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.handlers.outbox.OutboxSweepHandler;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.runner.LocalLambda;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Submits intakes to the local stack while {@link FaultInjector} breaks its hops, then reconciles what the table,
 * the queues and the mailbox hold ({@link Reconciliation}). Usage: {@code FaultRun [intakes] [seed]}.
 */
public final class FaultRun {

    private static final Logger LOG = LoggerFactory.getLogger(FaultRun.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Shorter than the template's 120 s, so that a failed confirmation comes back within the run. */
    static final String CONFIRMATION_VISIBILITY_SECONDS = "5";
    private static final int CLIENT_RETRIES = 6;
    private static final int SETTLE_MINUTES = 15;
    /** A family name with a lone surrogate: what once stalled a stream shard. */
    private static final String HOSTILE_MARK = "hostile-family-name";

    private final EmbeddedStack stack;
    private final LocalLambda lambda;
    private final HttpClient http = HttpClient.newHttpClient();
    private final SplittableRandom random;
    /** Letters only: with hex digits, the run id and an intake's number could together look like a BSN. */
    private final String runId = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");

    public FaultRun(EmbeddedStack stack, LocalLambda lambda, long seed) {
        this.stack = stack;
        this.lambda = lambda;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) {
        int intakes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026L;
        // The pipeline's faults are measured here, not the public form's proof of work.
        try (EmbeddedStack stack = EmbeddedStack.builder().parameter("ProofOfWork", "Disabled").start();
                LocalLambda lambda = LocalLambda.start(stack, 0)) {
            Reconciliation result = new FaultRun(stack, lambda, seed).run(intakes, FaultPlan.standard(seed));
            System.out.println(result.report());
            System.exit(result.clean() ? 0 : 1);
        }
    }

    public Reconciliation run(int intakes, FaultPlan faults) {
        long started = System.nanoTime();
        shortenConfirmationVisibility();
        List<JsonNode> fixtures = fixtures();
        Submissions submissions = new Submissions();
        FaultInjector.arm(faults);
        try {
            for (int i = 0; i < intakes; i++) {
                submit(fixtures.get(i % fixtures.size()), i, submissions);
            }
            settle();
        } finally {
            FaultInjector.disarm();
        }
        Map<FaultInjector.Fault, Long> injected = FaultInjector.injected();
        // What the scheduled sweeper does every 5 minutes, without waiting for the messages to age.
        for (int round = 0; round < 2; round++) {
            stack.asFunction("OutboxSweepFunction", () -> new OutboxSweepHandler(
                    OutboxDispatchHandler.Dispatching.standard(System.getProperty("QUEUE_NAME_PREFIX")), Duration.ZERO))
                    .handleRequest(Map.of(), null);
            settle();
        }
        Reconciliation reconciliation = Reconciliation.of(stack, submissions, injected,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("{}", reconciliation.report());
        return reconciliation;
    }

    /** Waits for the backlog the run built up; on a busy machine that may take minutes. */
    private void settle() {
        for (int minute = 0; minute < SETTLE_MINUTES; minute++) {
            if (lambda.awaitQuiet(Duration.ofMinutes(1))) {
                return;
            }
        }
        lambda.drain();
    }

    private void submit(JsonNode fixture, int index, Submissions submissions) {
        ObjectNode body = (ObjectNode) read(fixture.get("body").asText());
        String email = "fault-" + runId + "-" + index + "@example.org";
        ((ObjectNode) body.get("person")).put("email", email);
        boolean hostile = random.nextDouble() < 0.03;
        if (hostile) {
            ((ObjectNode) body.get("person")).put("familyName", HOSTILE_MARK);
        }
        String key = UUID.randomUUID().toString();
        int copies = random.nextDouble() < 0.05 ? 2 : 1;
        String path = "/v1/regions/" + fixture.at("/pathParameters/region").asText() + "/intakes";
        // A lone surrogate only survives as a JSON escape: as a character, the UTF-8 encoder would replace it.
        String json = body.toString().replace(HOSTILE_MARK, "X\\udfffJansen");
        for (int copy = 0; copy < copies; copy++) {
            HttpResponse<String> response = postWithRetries(path, json, key, submissions);
            JsonNode answer = read(response.body());
            if (response.statusCode() == 202) {
                submissions.accepted(answer.get("caseId").asText(), email, hostile, copy > 0);
            } else if (response.statusCode() == 400) {
                submissions.refused(hostile);
            } else {
                submissions.failed(response.statusCode());
            }
        }
    }

    /** A client retries a 5xx with the same Idempotency-Key, as the form does. */
    private HttpResponse<String> postWithRetries(String path, String json, String key, Submissions submissions) {
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < CLIENT_RETRIES; attempt++) {
            response = post(path, json, key);
            if (response.statusCode() < 500) {
                return response;
            }
            submissions.serverErrorRetried();
        }
        return response;
    }

    private HttpResponse<String> post(String path, String json, String key) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(lambda.httpApiUrl() + path))
                            .header("content-type", "application/json").header("idempotency-key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The local HTTP API did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void shortenConfirmationVisibility() {
        stack.sqs().setQueueAttributes(request -> request
                .queueUrl(stack.resources().queueUrl("ConfirmationQueue"))
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, CONFIRMATION_VISIBILITY_SECONDS)));
    }

    private static List<JsonNode> fixtures() {
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve("events/intakes"))) {
            List<JsonNode> fixtures = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                fixtures.add(JSON.readTree(file.toFile()));
            }
            return fixtures;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read events/intakes", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + e.getClass().getSimpleName());
        }
    }
}
