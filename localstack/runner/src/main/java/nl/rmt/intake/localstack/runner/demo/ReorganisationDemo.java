package nl.rmt.intake.localstack.runner.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.localstack.runner.ProofOfWorkClient;
import nl.rmt.intake.localstack.runner.SignedRequests;

/**
 * The preventive route: the Drechtsteden desk registers a reorganisation of 40 jobs, 7 employees apply through its
 * invitation, the lead (UWV's employer services, by the region's rule) takes them up and closes two, and the
 * employer's aggregate view is printed, with every count below 5 suppressed.
 */
final class ReorganisationDemo {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = "AM23";
    private static final String DESK_ROLE = "rmt-intake-desk-am23";
    private static final String LEAD_ROLE = "rmt-intake-partner-uwv";
    private static final int EMPLOYEES = 7;
    private static final Duration SETTLE = Duration.ofSeconds(60);

    private final EmbeddedStack stack;
    private final LocalLambda lambda;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();

    ReorganisationDemo(EmbeddedStack stack, LocalLambda lambda, PrintStream out) {
        this.stack = stack;
        this.lambda = lambda;
        this.out = out;
    }

    boolean run() {
        try {
            return play();
        } catch (IOException e) {
            out.println("The reorganisation demo stopped: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted in the reorganisation demo", e);
        }
    }

    private boolean play() throws IOException, InterruptedException {
        out.println();
        out.println("== A reorganisation (the preventive route: employees apply through their employer's invitation)");
        JsonNode registration = JSON.readTree(JSON.readTree(Files.readString(ProjectFiles.root()
                .resolve("events/reorganisations/register.json"))).get("body").asText());
        HttpResponse<String> registered = signed("POST", "/v1/regions/" + REGION + "/reorganisations",
                JSON.writeValueAsString(registration), DESK_ROLE);
        out.printf("The %s desk registers %s (%d jobs): HTTP %d%n", REGION, registration.at("/employer/name").asText(),
                registration.get("jobsAffected").asInt(), registered.statusCode());
        if (registered.statusCode() != 201) {
            out.println("  " + registered.body());
            return false;
        }
        JsonNode reorganisation = JSON.readTree(registered.body());
        String id = reorganisation.get("reorganisationId").asText();
        String code = reorganisation.at("/invitation/code").asText();
        String viewUrl = reorganisation.at("/employerView/url").asText();
        String key = URLDecoder.decode(viewUrl.substring(viewUrl.indexOf("&key=") + 5), StandardCharsets.UTF_8);
        out.printf("  invitation for the staff: %s (code %s, valid until %s)%n",
                reorganisation.at("/invitation/url").asText(), code, reorganisation.at("/invitation/validUntil").asText());
        out.println("  the employer's own link (shown once): " + viewUrl);

        List<String> caseIds = new ArrayList<>();
        for (int employee = 1; employee <= EMPLOYEES; employee++) {
            HttpResponse<String> applied = apply(code, employee);
            JsonNode answer = JSON.readTree(applied.body());
            out.printf("Employee %d applies through the invitation: HTTP %d, lead %s, employer named: %s%n", employee,
                    applied.statusCode(), answer.at("/lead/partnerId").asText("-"),
                    answer.at("/reorganisation/employerName").asText("-"));
            if (applied.statusCode() == 202) {
                caseIds.add(answer.get("caseId").asText());
            }
        }
        lambda.awaitQuiet(SETTLE);

        // The lead takes them up: five accepted, one of them contacted, one placed in work, one in training.
        String[][] steps = {{"ACCEPTED"}, {"ACCEPTED", "CONTACTED"}, {"ACCEPTED", "CONTACTED", "CLOSED:WORK"},
                {"ACCEPTED", "CLOSED:TRAINING"}, {"ACCEPTED"}, {}, {}};
        for (int i = 0; i < caseIds.size(); i++) {
            for (String step : steps[i]) {
                ObjectNode report = JSON.createObjectNode().put("type", step.split(":")[0]);
                if (step.contains(":")) {
                    report.put("outcome", step.split(":")[1]);
                }
                HttpResponse<String> answered = signed("POST", "/v1/partner/cases/" + caseIds.get(i) + "/feedback",
                        JSON.writeValueAsString(report), LEAD_ROLE);
                out.printf("  uwv reports %s on employee %d's case: HTTP %d%n", step, i + 1, answered.statusCode());
            }
        }
        lambda.awaitQuiet(SETTLE);

        HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(lambda.httpApiUrl()
                        + "/v1/employer-views/" + id)).header("X-Employer-Key", key).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        out.printf("The employer's view (GET /v1/employer-views/%s): HTTP %d%n", id, view.statusCode());
        JsonNode counts = JSON.readTree(view.body()).path("counts");
        for (String cell : List.of("invitedJobs", "applications", "inCoaching", "movedToWork", "toTraining", "other")) {
            JsonNode value = counts.path(cell);
            out.printf("  %-13s %s%n", cell, value.has("count") ? value.get("count").asText()
                    : value.has("fewerThan") ? "fewer than " + value.get("fewerThan").asText() : "withheld");
        }
        boolean neverBelowFive = true;
        for (String cell : List.of("applications", "inCoaching", "movedToWork", "toTraining", "other")) {
            neverBelowFive &= !counts.path(cell).has("count") || counts.path(cell).get("count").asInt() >= 5;
        }
        out.println(neverBelowFive ? "  (no count below 5 is shown: nobody can tell whether a given employee applied)"
                : "  A COUNT BELOW 5 WAS SHOWN");
        return view.statusCode() == 200 && caseIds.size() == EMPLOYEES && neverBelowFive;
    }

    private HttpResponse<String> apply(String code, int employee) throws IOException, InterruptedException {
        JsonNode event = JSON.readTree(Files.readString(ProjectFiles.root()
                .resolve("events/intakes/at-risk-employee-drechtsteden.json")));
        ObjectNode form = (ObjectNode) JSON.readTree(event.get("body").asText());
        form.put("invitation", code);
        ((ObjectNode) form.get("person")).put("email", "medewerker" + employee + "@drechtwerk-personeel.example");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lambda.httpApiUrl()
                        + event.get("rawPath").asText()))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(form)));
        new ProofOfWorkClient(http, lambda.httpApiUrl()).solve().ifPresent(proof -> request.header("X-Altcha", proof));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signed(String method, String path, String body, String role)
            throws IOException, InterruptedException {
        return http.send(SignedRequests.signed(method, URI.create(lambda.httpApiUrl() + path), body, role,
                stack.settings().region()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
