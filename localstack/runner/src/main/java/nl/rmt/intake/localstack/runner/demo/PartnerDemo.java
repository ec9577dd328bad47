package nl.rmt.intake.localstack.runner.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.CaseHistory;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.partner.Feedback;
import nl.rmt.intake.partner.FeedbackApi;
import nl.rmt.intake.partner.MessageOutcome;
import nl.rmt.intake.partner.Outcome;
import nl.rmt.intake.partner.PartnerConsumer;
import nl.rmt.intake.partner.PartnerMessage;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The demo's second act, the partner loop: partners read their queues with the reference consumer and report
 * through the real, signed partner API. UWV hands its first case back (the case is re-routed by the rules), the
 * unions never answer (the case is escalated to the desk once the escalation schedule runs), everyone else
 * accepts; one case is closed with an outcome and one citizen withdraws with the code from their email.
 * A partner signs as the role its queue is named after ({@code rmt-intake-partner-uwv}), which locally is the
 * access key id the API reads the caller from.
 */
final class PartnerDemo {

    static final String FEEDBACK_ROUTE = "/v1/partner/cases/{caseId}/feedback";
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    private static final String LOCAL_SECRET = "local";
    private static final String SILENT_PARTNER = "vakbonden";
    private static final String REJECTING_PARTNER = "uwv";
    private static final int ROUNDS = 4;
    private static final Pattern WITHDRAWAL_CODE = Pattern.compile("(?:intrekcode|withdrawal\\s+code) ([A-Z0-9]{10})");
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final EmbeddedStack stack;
    private final LocalLambda lambda;
    private final PrintStream out;
    private final List<MessageOutcome> outcomes = new ArrayList<>();
    private final Set<String> accepted = new LinkedHashSet<>();
    private boolean rejectedOne;

    PartnerDemo(EmbeddedStack stack, LocalLambda lambda, PrintStream out) {
        this.stack = stack;
        this.lambda = lambda;
        this.out = out;
    }

    /** @return whether every report was answered without a server error and the stack settled */
    boolean run(List<String> caseIds) {
        out.println();
        if (!lambda.servesRoute("POST", FEEDBACK_ROUTE)) {
            out.println("Partners: skipped; the template has no POST " + FEEDBACK_ROUTE + " route yet.");
            return true;
        }
        Set<String> demoCases = Set.copyOf(caseIds);
        out.println("== The partner loop (partners read their queues and report back, signed as their own role)");
        for (int round = 1; round <= ROUNDS; round++) {
            out.printf("-- Partners read their queues (round %d)%n", round);
            int handled = readAllQueues(demoCases);
            lambda.awaitQuiet(SETTLE_TIMEOUT);
            if (round == 1) {
                escalateSilentLeads(caseIds);
            } else if (handled == 0) {
                break;
            }
        }
        closeOne();
        withdrawOne();
        boolean settled = lambda.awaitQuiet(SETTLE_TIMEOUT);
        readAllQueues(demoCases);
        out.println("-- Where each case ended (status history)");
        caseIds.forEach(caseId -> out.printf("  %s  %s%n", caseId, String.join(" → ", history(caseId))));
        return settled && outcomes.stream().noneMatch(PartnerDemo::failed);
    }

    private int readAllQueues(Set<String> demoCases) {
        int handled = 0;
        for (String queueName : partnerQueues()) {
            String role = queueName.replaceFirst("\\.fifo$", "");
            String partnerId = partnerIdOf(role);
            try (FeedbackApi api = feedbackApi(role)) {
                List<MessageOutcome> read = PartnerConsumer.builder()
                        .sqs(stack.sqs())
                        .queueName(queueName)
                        .partnerId(partnerId)
                        .feedbackApi(api)
                        .decider(message -> decide(partnerId, message, demoCases))
                        .onOutcome(outcome -> out.println("  " + role + ": " + outcome.line()))
                        .build()
                        .drain();
                outcomes.addAll(read);
                handled += read.size();
            }
        }
        return handled;
    }

    private Optional<Feedback> decide(String partnerId, PartnerMessage message, Set<String> demoCases) {
        if (!message.isLead() || !demoCases.contains(message.caseId()) || partnerId.equals(SILENT_PARTNER)) {
            return Optional.empty();
        }
        if (partnerId.equals(REJECTING_PARTNER) && !rejectedOne) {
            rejectedOne = true;
            return Optional.of(Feedback.rejected("Buiten onze doelgroep: geen WW- of WIA-uitkering."));
        }
        accepted.add(message.caseId() + "|" + partnerId);
        return Optional.of(Feedback.accepted());
    }

    /** Moves the silent lead's cases back in time in the escalation index, as if 14 days passed, and runs it. */
    private void escalateSilentLeads(List<String> caseIds) {
        List<String> silent = caseIds.stream()
                .filter(caseId -> SILENT_PARTNER.equals(attribute(caseId, "leadPartnerId")))
                .filter(caseId -> "ROUTED".equals(attribute(caseId, "status")))
                .toList();
        if (silent.isEmpty()) {
            return;
        }
        out.printf("-- %s has not answered; 14 days pass; the hourly escalation runs%n", SILENT_PARTNER);
        String since = SORTABLE.format(Instant.now().minus(Duration.ofDays(14)));
        silent.forEach(caseId -> stack.dynamoDb().updateItem(request -> request.tableName(table()).key(key(caseId))
                .updateExpression("SET gsi2sk = :since")
                .expressionAttributeValues(Map.of(":since", AttributeValue.fromS(since + "#" + caseId)))));
        out.println("  " + lambda.triggerSchedule("EscalationFunction"));
    }

    private void closeOne() {
        accepted.stream().findFirst().ifPresent(acceptedCase -> {
            String caseId = acceptedCase.split("\\|")[0];
            String partnerId = acceptedCase.split("\\|")[1];
            String role = roleOf(partnerId);
            out.printf("-- %s contacts the citizen of %s and closes the case: found work%n", partnerId, caseId);
            try (FeedbackApi api = feedbackApi(role)) {
                out.println("  CONTACTED → HTTP " + api.send(caseId, Feedback.contacted()));
                out.println("  CLOSED (WORK) → HTTP " + api.send(caseId, Feedback.closed(Outcome.WORK)));
            }
        });
    }

    private void withdrawOne() {
        List<String> candidates = accepted.stream().skip(1).map(entry -> entry.split("\\|")[0]).toList();
        if (candidates.isEmpty()) {
            return;
        }
        String caseId = candidates.get(candidates.size() - 1);
        String reference = attribute(caseId, "reference");
        Optional<String> code = stack.mailbox().all().stream()
                .filter(email -> email.subject() != null && email.subject().contains(reference))
                .map(email -> WITHDRAWAL_CODE.matcher(email.text() == null ? "" : email.text()))
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst();
        if (code.isEmpty()) {
            return;
        }
        out.printf("-- The citizen of %s withdraws with reference %s and the code from the email%n", caseId, reference);
        try {
            String body = new ObjectMapper().writeValueAsString(Map.of("reference", reference, "code", code.get()));
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(lambda.httpApiUrl() + "/v1/withdrawals"))
                            .header("content-type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            out.println("  POST /v1/withdrawals → HTTP " + response.statusCode());
        } catch (java.io.IOException e) {
            out.println("  POST /v1/withdrawals failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> partnerQueues() {
        return stack.resources().ofType(ProvisionedResources.QUEUE).stream()
                .map(queue -> queue.ref().substring(queue.ref().lastIndexOf('/') + 1))
                .filter(name -> name.endsWith(".fifo") && !name.endsWith("-dlq.fifo"))
                .filter(name -> name.contains("-partner-") || name.contains("-desk-"))
                .sorted()
                .toList();
    }

    /** {@code rmt-intake-partner-uwv} is partner {@code uwv}; {@code rmt-intake-desk-am18} is {@code rmt-am18}. */
    private String partnerIdOf(String role) {
        String stackName = stack.settings().stackName();
        String partnerPrefix = stackName + "-partner-";
        return role.startsWith(partnerPrefix)
                ? role.substring(partnerPrefix.length())
                : "rmt-" + role.substring((stackName + "-desk-").length());
    }

    private String roleOf(String partnerId) {
        String stackName = stack.settings().stackName();
        return partnerId.startsWith("rmt-")
                ? stackName + "-desk-" + partnerId.substring("rmt-".length())
                : stackName + "-partner-" + partnerId;
    }

    private FeedbackApi feedbackApi(String role) {
        return new FeedbackApi(lambda.httpApiUrl(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(role, LOCAL_SECRET)),
                Region.of(stack.settings().region()));
    }

    private List<String> history(String caseId) {
        return CaseHistory.statusChanges(stack, caseId).stream()
                .map(entry -> entry.get("to").asText() + " (" + entry.get("actor").asText() + ")")
                .toList();
    }

    private String attribute(String caseId, String name) {
        Map<String, AttributeValue> item = stack.dynamoDb().getItem(request -> request.tableName(table())
                .consistentRead(true).key(key(caseId))).item();
        return item == null || !item.containsKey(name) ? null : item.get(name).s();
    }

    private String table() {
        return stack.resources().ofType(ProvisionedResources.TABLE).get(0).ref();
    }

    private static Map<String, AttributeValue> key(String caseId) {
        return Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE"));
    }

    private static boolean failed(MessageOutcome outcome) {
        return outcome.action().equals(MessageOutcome.UNREACHABLE)
                || outcome.httpStatus().stream().anyMatch(status -> status >= 500);
    }
}
