package nl.rmt.intake.localstack.runner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import nl.rmt.intake.pow.ProofOfWorkSolver;

/**
 * A proof of work for intakes sent without a browser (the demo, tests), as the form's widget makes it: a challenge
 * fetched from the local stack and solved.
 */
public final class ProofOfWorkClient {

    private final HttpClient http;
    private final URI challengeUrl;

    public ProofOfWorkClient(HttpClient http, URI httpApiUrl) {
        this.http = http;
        this.challengeUrl = httpApiUrl.resolve("/v1/challenge");
    }

    /** The {@code X-Altcha} payload, or empty when the stack asks for no proof (the challenge route answers 404). */
    public Optional<String> solve() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(challengeUrl).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET /v1/challenge answered " + response.statusCode());
        }
        return Optional.of(ProofOfWorkSolver.solve(response.body()));
    }
}
