package nl.rmt.intake.localstack.runner.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.pow.ProofOfWorkSolver;

/**
 * Clients posting synthetic intakes to the local HTTP API, each one request at a time, as many browsers would:
 * either as fast as it answers (a burst), or paced, each intake sent at its own moment of a fixed rate whatever the
 * answers before it (an open loop, as long as a client is free). Where the stack asks for a proof of work, each
 * client first gets a challenge and solves it, as the form's widget does on the check page; the time to the 202
 * is the intake's request alone. A 429 (a function's concurrency used up) is tried again after a short pause, as
 * the form does.
 */
final class LoadClients {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final Duration THROTTLED_PAUSE = Duration.ofMillis(20);

    /**
     * One intake as the client saw it: when it was sent, how long the 202 took, the case it made, the HTTP API
     * requests it took (its challenge's, the intake's, and every try again) and how many of them were 429s.
     */
    record Sent(int number, String deskRegion, String email, long sentAtMillis, long nanosToAnswer, int status,
                String caseId, int apiRequests, int throttled) {
    }

    private final URI api;
    private final String runId;
    /** Asked of the stack once, by {@link #asksForProof()}. */
    private Boolean stageAsksForProof;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LoadClients(URI api, String runId) {
        this.api = api;
        this.runId = runId;
    }

    /** Sends intakes {@code first} .. {@code first + count - 1} from {@code clients} clients; the answers in no order. */
    List<Sent> send(int first, int count, int clients, long seed) {
        return send(first, count, clients, seed, 0);
    }

    /**
     * As {@link #send(int, int, int, long)}, paced: intake {@code first + k} is sent {@code k / perSecond} seconds
     * after the first (later only if every client is still waiting for an answer).
     *
     * @param perSecond intakes a second; 0 for as fast as the API answers
     */
    List<Sent> send(int first, int count, int clients, long seed, double perSecond) {
        boolean proofOfWork = asksForProof();
        long start = System.nanoTime();
        Municipalities municipalities = Municipalities.loadDefault();
        AtomicInteger next = new AtomicInteger(first);
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                SyntheticIntakes intakes = new SyntheticIntakes(municipalities, new SplittableRandom(seed + client));
                running.add(pool.submit(() -> {
                    for (int number = next.getAndIncrement(); number < first + count; number = next.getAndIncrement()) {
                        SyntheticIntakes.Intake intake = intakes.next(number);
                        Proof proof = proofOfWork ? proof() : Proof.NONE;
                        if (perSecond > 0) {
                            waitUntil(start + (long) ((number - first) * 1e9 / perSecond));
                        }
                        sent.add(post(number, intake, proof));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A load client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(sent);
    }

    private static void waitUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /** A solved challenge for the {@code X-Altcha} header, and the requests it took. */
    private record Proof(String payload, int requests, int throttled) {
        static final Proof NONE = new Proof(null, 0, 0);
    }

    /**
     * Whether the stage asks for a proof of work: its challenge route answers, rather than 404. Asked once, before
     * the first intake, so that no metered phase counts the question.
     */
    private boolean asksForProof() {
        if (stageAsksForProof != null) {
            return stageAsksForProof;
        }
        try {
            stageAsksForProof = send(challengeRequest()).response().statusCode() != 404;
            return stageAsksForProof;
        } catch (IOException e) {
            throw new IllegalStateException("GET /v1/challenge failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest challengeRequest() {
        return HttpRequest.newBuilder(api.resolve("/v1/challenge"))
                .header("accept", "application/json").GET().timeout(Duration.ofSeconds(60)).build();
    }

    private Proof proof() throws IOException, InterruptedException {
        Answer answer = send(challengeRequest());
        if (answer.response().statusCode() != 200) {
            throw new IOException("GET /v1/challenge answered " + answer.response().statusCode());
        }
        return new Proof(ProofOfWorkSolver.solve(answer.response().body()), answer.requests(), answer.throttled());
    }

    /** The final answer to a request, after {@code throttled} 429s. */
    private record Answer(HttpResponse<String> response, int throttled) {
        int requests() {
            return 1 + throttled;
        }
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int throttled = 0;
        while (response.statusCode() == 429) {
            throttled++;
            Thread.sleep(THROTTLED_PAUSE.toMillis());
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return new Answer(response, throttled);
    }

    private Sent post(int number, SyntheticIntakes.Intake intake, Proof proof)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.valueToTree(intake.submission());
        body.remove("unreadable");
        String email = "load-" + runId + "-" + number + "@example.org";
        ((ObjectNode) body.get("person")).put("email", email);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        api.resolve("/v1/regions/" + intake.deskRegion() + "/intakes"))
                .header("content-type", "application/json").header("idempotency-key", UUID.randomUUID().toString());
        if (proof.payload() != null) {
            request.header("x-altcha", proof.payload());
        }
        long sentAt = System.currentTimeMillis();
        long started = System.nanoTime();
        Answer intakeAnswer = send(request.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .timeout(Duration.ofSeconds(60)).build());
        HttpResponse<String> response = intakeAnswer.response();
        long took = System.nanoTime() - started;
        String caseId = null;
        if (response.statusCode() == 202) {
            JsonNode answer = JSON.readTree(response.body());
            caseId = answer.path("caseId").asText();
        }
        return new Sent(number, intake.deskRegion(), email, sentAt, took, response.statusCode(), caseId,
                proof.requests() + intakeAnswer.requests(), proof.throttled() + intakeAnswer.throttled());
    }
}
