package nl.rmt.intake.localstack.runner.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.SentEmail;
import nl.rmt.intake.localstack.function.SqsQueueSource;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.localstack.runner.ProofOfWorkClient;
import nl.rmt.intake.store.IntakePacking;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Submits the demo cases through the local HTTP API, waits for the pipeline to settle, and prints for
 * each case what the citizen was answered, what was stored, what each partner received and the email;
 * then, when asked, lets the lead partners accept their cases (see {@link PartnerDemo}); it ends with today's
 * monitoring counts (see {@link MonitoringDemo}).
 */
public final class DemoRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    /** Case attributes worth showing; the person's details stay out of the output. */
    private static final List<String> CASE_ATTRIBUTES = List.of(
            "status", "region", "deskRegion", "targetGroups", "leadPartnerId", "partnerIds");

    private final EmbeddedStack stack;
    private final LocalLambda lambda;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoRunner(EmbeddedStack stack, LocalLambda lambda, PrintStream out) {
        this.stack = stack;
        this.lambda = lambda;
        this.out = out;
    }

    /** @return whether every case was answered without a server error and the pipeline settled */
    public boolean run(Path folder) {
        return run(folder, false);
    }

    /**
     * @param partnersAccept after the intakes, each lead partner accepts its cases through the partner API
     * @return whether every case and every partner's feedback was answered without a server error, and the
     *         pipeline settled
     */
    public boolean run(Path folder, boolean partnersAccept) {
        List<DemoCase> cases = DemoCase.readAll(folder);
        out.printf("Submitting %d demo case(s) from %s%n", cases.size(), folder);
        Map<DemoCase, Answer> answers = new LinkedHashMap<>();
        for (DemoCase demoCase : cases) {
            answers.put(demoCase, submit(demoCase));
        }
        boolean settled = lambda.awaitQuiet(SETTLE_TIMEOUT);
        if (!settled) {
            out.println("The pipeline did not settle within " + SETTLE_TIMEOUT.toSeconds() + " s; showing what is there.");
        }
        Map<String, List<Message>> partnerMessages = peekPartnerQueues();
        boolean allAnswered = true;
        for (Map.Entry<DemoCase, Answer> entry : answers.entrySet()) {
            allAnswered &= entry.getValue().status() < 500;
            print(entry.getKey(), entry.getValue(), partnerMessages);
        }
        if (partnersAccept) {
            List<String> caseIds = answers.values().stream().map(answer -> answer.body().path("caseId").asText(""))
                    .filter(caseId -> !caseId.isEmpty()).toList();
            allAnswered &= new PartnerDemo(stack, lambda, out).run(caseIds);
            if (lambda.servesRoute("POST", "/v1/regions/{region}/reorganisations")
                    && lambda.servesRoute("POST", PartnerDemo.FEEDBACK_ROUTE)) {
                allAnswered &= new ReorganisationDemo(stack, lambda, out).run();
            }
        }
        allAnswered &= new MonitoringDemo(stack, lambda, out).run();
        return allAnswered && settled;
    }

    private Answer submit(DemoCase demoCase) {
        URI uri = URI.create(lambda.httpApiUrl() + demoCase.pathAndQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(demoCase.method(), HttpRequest.BodyPublishers.ofString(demoCase.body()));
        demoCase.headers().forEach(request::setHeader);
        try {
            if (demoCase.pathAndQuery().endsWith("/intakes")) {
                new ProofOfWorkClient(http, lambda.httpApiUrl()).solve()
                        .ifPresent(proof -> request.setHeader("X-Altcha", proof));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            return new Answer(0, JSON.createObjectNode().put("message", "no answer: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while submitting " + demoCase.name(), e);
        }
    }

    private void print(DemoCase demoCase, Answer answer, Map<String, List<Message>> partnerMessages) {
        out.println();
        out.printf("== %s (%s %s)%n", demoCase.name(), demoCase.method(), demoCase.pathAndQuery());
        JsonNode body = answer.body();
        String caseId = body.path("caseId").asText("");
        if (caseId.isEmpty()) {
            out.printf("HTTP %d: %s%n", answer.status(), body);
            return;
        }
        out.printf("HTTP %d: case %s, reference %s, lead %s (%s)%n", answer.status(), caseId,
                body.path("reference").asText(), body.path("lead").path("partnerId").asText(),
                body.path("lead").path("name").asText());
        printStoredCase(caseId);
        out.println("Partner messages:");
        boolean any = false;
        for (Map.Entry<String, List<Message>> queue : partnerMessages.entrySet()) {
            for (Message message : queue.getValue()) {
                if (message.body().contains(caseId)) {
                    out.printf("  %s: %s%n", queue.getKey(), message.body());
                    any = true;
                }
            }
        }
        if (!any) {
            out.println("  (none)");
        }
        printConfirmation(demoCase);
    }

    private void printStoredCase(String caseId) {
        String table = stack.resources().ofType(ProvisionedResources.TABLE).get(0).ref();
        Map<String, AttributeValue> item = stack.dynamoDb().getItem(request -> request.tableName(table).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE")))).item();
        if (item == null || item.isEmpty()) {
            out.println("Stored case: (not found)");
            return;
        }
        // The form, the decision and who got the case are stored apart from the case item every change rewrites.
        Map<String, AttributeValue> whole = new java.util.HashMap<>(IntakePacking.unpacked(stack.dynamoDb()
                .getItem(request -> request.tableName(table).consistentRead(true).key(Map.of(
                        "pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE#INTAKE"))))
                .item()));
        whole.putAll(item);
        out.println("Stored case:");
        for (String attribute : CASE_ATTRIBUTES) {
            if (whole.containsKey(attribute)) {
                out.printf("  %s: %s%n", attribute, PlainJson.of(whole.get(attribute)));
            }
        }
        if (whole.containsKey("decision")) {
            out.println("  decision: " + pretty(PlainJson.of(whole.get("decision"))).replace("\n", "\n  "));
        }
    }

    private void printConfirmation(DemoCase demoCase) {
        List<SentEmail> emails = demoCase.email().isEmpty() ? List.of() : stack.mailbox().sentTo(demoCase.email());
        if (emails.isEmpty()) {
            out.println("Confirmation email: (none)");
            return;
        }
        for (SentEmail email : emails) {
            out.printf("Confirmation email: \"%s\"%n", email.subject());
            if (email.text() != null) {
                out.println("  " + email.text().strip().replace("\n", "\n  "));
            }
        }
    }

    /** Every queue no function reads: the partners' and desks' queues, and the failure queues. */
    private Map<String, List<Message>> peekPartnerQueues() {
        Set<String> readByFunctions = stack.environment().functions().stream()
                .flatMap(function -> function.events(SqsQueueSource.class).stream())
                .map(SqsQueueSource::queueUrl)
                .collect(Collectors.toSet());
        QueuePeek peek = new QueuePeek(stack.sqs());
        Map<String, List<Message>> messages = new LinkedHashMap<>();
        for (ProvisionedResource queue : stack.resources().ofType(ProvisionedResources.QUEUE)) {
            if (!readByFunctions.contains(queue.ref())) {
                List<Message> onQueue = peek.peek(queue.ref());
                if (!onQueue.isEmpty()) {
                    messages.put(queue.attribute("QueueName").orElse(queue.logicalId()), new ArrayList<>(onQueue));
                }
            }
        }
        return messages;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode().put("text", body);
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            return node.toString();
        }
    }

    private record Answer(int status, JsonNode body) {
    }
}
