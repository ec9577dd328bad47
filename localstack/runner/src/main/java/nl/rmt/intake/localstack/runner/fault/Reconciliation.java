package nl.rmt.intake.localstack.runner.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.SentEmail;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Every accepted case routed exactly once per partner, one confirmation each, none stuck, every undeliverable
 * message parked or in a dead-letter queue: counted from the table, the queues and the mailbox after a fault run.
 *
 * @param lost            accepted cases a partner or the citizen never heard of, without a flag for the desk or
 *                        their confirmation request in the dead-letter queue
 * @param stuck           outbox messages still waiting after the run and its sweeps
 * @param duplicateMessages partner messages delivered more than once (same messageId)
 * @param duplicateEmails confirmations sent more than once to one case's citizen
 * @param parkedMessages  outbox messages parked as undeliverable (FAILED), each with its case flagged
 * @param parkedEmails    confirmations parked (FAILED or UNCERTAIN), each with its case flagged
 * @param hostileAccepted intakes with a lone surrogate in the family name that the form accepted
 * @param hostileParked   of those, the cases with a partner message parked (a partner type that sees the name)
 * @param deadLetters     messages in the confirmation dead-letter queue and outbox-failures
 */
public record Reconciliation(int intakesSent, int accepted, int replays, int replaysWithAnotherCase, int refused,
        int hostileRefused, int serverErrorsRetried, Map<Integer, Integer> failedByStatus,
        Map<FaultInjector.Fault, Long> faultsInjected, int lost, int stuck, int duplicateMessages, int duplicateEmails,
        int parkedMessages, int parkedEmails, int hostileAccepted, int hostileParked, int deadLetters, int partnerMessages,
        int confirmations, Duration took) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean clean() {
        return lost == 0 && stuck == 0 && duplicateMessages == 0 && duplicateEmails == 0 && replaysWithAnotherCase == 0
                && failedByStatus.isEmpty();
    }

    public String report() {
        return String.format("reconciliation: intakes sent %d (accepted %d cases, %d idempotent replays, %d replays with "
                        + "another case, %d refused 400 of which %d hostile, %d 5xx retried by the client, failed %s); "
                        + "faults injected %s (%d in all); partner messages %d, confirmations %d; lost %d, stuck %d, "
                        + "duplicate messages %d, duplicate emails %d; parked messages %d, parked emails %d; hostile "
                        + "intakes accepted %d, of which parked %d; dead letters %d; took %d s",
                intakesSent, accepted, replays, replaysWithAnotherCase, refused, hostileRefused, serverErrorsRetried,
                failedByStatus, faultsInjected, faultsInjected.values().stream().mapToLong(Long::longValue).sum(),
                partnerMessages, confirmations, lost, stuck, duplicateMessages, duplicateEmails, parkedMessages,
                parkedEmails, hostileAccepted, hostileParked, deadLetters, took.toSeconds());
    }

    public static Reconciliation of(EmbeddedStack stack, Submissions submissions, Map<FaultInjector.Fault, Long> injected,
            Duration took) {
        Map<String, List<Map<String, AttributeValue>>> itemsByCase = itemsByCase(stack);
        Map<String, Integer> deliveries = partnerDeliveries(stack);
        Set<String> deadLettered = new HashSet<>();
        for (Message message : drain(stack, stack.resources().queueUrl("ConfirmationDeadLetterQueue"))) {
            deadLettered.add(field(message.body(), "caseId"));
        }
        Map<String, Integer> emailsByAddress = new HashMap<>();
        for (SentEmail email : stack.mailbox().all()) {
            email.to().forEach(address -> emailsByAddress.merge(address, 1, Integer::sum));
        }
        int lost = 0;
        int stuck = 0;
        int parkedMessages = 0;
        int parkedEmails = 0;
        int hostileAccepted = 0;
        int hostileParked = 0;
        int confirmations = 0;
        for (List<Map<String, AttributeValue>> items : itemsByCase.values()) {
            for (Map<String, AttributeValue> item : items) {
                if (item.containsKey("gsi4pk") && "OUTBOX#PENDING".equals(item.get("gsi4pk").s())) {
                    stuck++;
                }
            }
        }
        for (Map.Entry<String, String> accepted : submissions.accepted.entrySet()) {
            List<Map<String, AttributeValue>> items = itemsByCase.getOrDefault(accepted.getKey(), List.of());
            Map<String, AttributeValue> caseItem = items.stream()
                    .filter(item -> "CASE".equals(item.get("sk").s())).findFirst().orElse(null);
            if (caseItem == null) {
                lost++;
                continue;
            }
            boolean flagged = caseItem.containsKey("attention");
            boolean caseLost = false;
            int failedHere = 0;
            for (Map<String, AttributeValue> item : items) {
                if (!item.get("sk").s().startsWith("OUTBOX#PARTNER#")) {
                    continue;
                }
                String status = item.get("status").s();
                if ("FAILED".equals(status)) {
                    failedHere++;
                } else if (!"SENT".equals(status) || !deliveries.containsKey(item.get("deduplicationId").s())) {
                    caseLost = true;
                }
            }
            parkedMessages += failedHere;
            String confirmation = caseItem.containsKey("confirmation")
                    ? caseItem.get("confirmation").m().get("status").s()
                    : "NONE";
            int emails = emailsByAddress.getOrDefault(accepted.getValue(), 0);
            confirmations += emails;
            switch (confirmation) {
                case "SENT" -> caseLost |= emails != 1;
                case "FAILED", "UNCERTAIN" -> {
                    parkedEmails++;
                    caseLost |= !flagged;
                }
                default -> {
                    boolean leadParked = failedHere > 0 && flagged && "SUBMITTED".equals(caseItem.get("status").s());
                    caseLost |= !leadParked && !deadLettered.contains(accepted.getKey());
                }
            }
            if (failedHere > 0 && !flagged) {
                caseLost = true;
            }
            if (submissions.hostileCase.get(accepted.getKey())) {
                hostileAccepted++;
                hostileParked += failedHere > 0 ? 1 : 0;
            }
            if (caseLost) {
                lost++;
            }
        }
        int duplicateMessages = deliveries.values().stream().mapToInt(count -> count - 1).sum();
        int duplicateEmails = (int) submissions.accepted.values().stream()
                .filter(address -> emailsByAddress.getOrDefault(address, 0) > 1).count();
        int partnerMessages = deliveries.values().stream().mapToInt(Integer::intValue).sum();
        return new Reconciliation(submissions.sent, submissions.accepted.size(), submissions.replays,
                submissions.replaysWithAnotherCase, submissions.refused, submissions.hostileRefused,
                submissions.serverErrorsRetried, Map.copyOf(submissions.failedByStatus), injected, lost, stuck,
                duplicateMessages, duplicateEmails, parkedMessages, parkedEmails, hostileAccepted, hostileParked,
                deadLettered.size() + deadLetters(stack), partnerMessages, confirmations, took);
    }

    private static Map<String, List<Map<String, AttributeValue>>> itemsByCase(EmbeddedStack stack) {
        Map<String, List<Map<String, AttributeValue>>> byCase = new HashMap<>();
        stack.dynamoDb().scanPaginator(request -> request.tableName(stack.resources().tableName("CasesTable"))
                        .consistentRead(true))
                .items().forEach(item -> {
                    String pk = item.get("pk").s();
                    if (pk.startsWith("CASE#")) {
                        byCase.computeIfAbsent(pk.substring("CASE#".length()), id -> new ArrayList<>()).add(item);
                    }
                });
        return byCase;
    }

    /** Drains every partner and desk queue: how often each message id arrived. */
    private static Map<String, Integer> partnerDeliveries(EmbeddedStack stack) {
        Map<String, Integer> deliveries = new HashMap<>();
        for (ProvisionedResource queue : stack.resources().ofType(ProvisionedResources.QUEUE)) {
            String id = queue.logicalId();
            if (!(id.startsWith("Partner") || id.startsWith("Desk")) || id.endsWith("DeadLetterQueue")) {
                continue;
            }
            for (Message message : drain(stack, stack.resources().queueUrl(id))) {
                deliveries.merge(field(message.body(), "messageId"), 1, Integer::sum);
            }
        }
        return deliveries;
    }

    private static List<Message> drain(EmbeddedStack stack, String url) {
        List<Message> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            List<Message> batch = stack.sqs().receiveMessage(request -> request.queueUrl(url)
                    .maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
            if (batch.isEmpty()) {
                return all;
            }
            for (Message message : batch) {
                if (seen.add(message.messageId())) {
                    all.add(message);
                }
                stack.sqs().deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle()));
            }
        }
    }

    private static int deadLetters(EmbeddedStack stack) {
        int count = 0;
        for (String id : List.of("ConfirmationDeadLetterQueue", "OutboxFailureQueue")) {
            Map<QueueAttributeName, String> attributes = stack.sqs().getQueueAttributes(request -> request
                    .queueUrl(stack.resources().queueUrl(id))
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            count += attributes.values().stream().mapToInt(Integer::parseInt).sum();
        }
        return count;
    }

    private static String field(String body, String name) {
        try {
            return JSON.readTree(body).get(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException("A queued message that is not JSON", e);
        }
    }
}
