package nl.rmt.intake.localstack.runner.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.partner.Feedback;
import nl.rmt.intake.partner.FeedbackApi;
import nl.rmt.intake.partner.MessageOutcome;
import nl.rmt.intake.partner.PartnerConsumer;
import nl.rmt.intake.partner.PartnerMessage;
import nl.rmt.intake.partner.UnreadableMessageException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The demo's second act: every partner that is lead for a demo case reads its queue with the reference partner
 * consumer and accepts its cases through the real partner API, signed as its own role. The role is the queue's
 * name without {@code .fifo} ({@code rmt-intake-partner-uwv}, {@code rmt-intake-desk-am18}), which is the access
 * key id the local API reads the caller from. Referrals on the same queue are taken without feedback.
 */
final class PartnerDemo {

    static final String FEEDBACK_ROUTE = "/v1/partner/cases/{caseId}/feedback";
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    /** Any secret does: the local API does not verify signatures. */
    private static final String LOCAL_SECRET = "local";

    private final EmbeddedStack stack;
    private final LocalLambda lambda;
    private final PrintStream out;

    PartnerDemo(EmbeddedStack stack, LocalLambda lambda, PrintStream out) {
        this.stack = stack;
        this.lambda = lambda;
        this.out = out;
    }

    /**
     * @param caseIds         the demo's cases
     * @param partnerMessages the messages on each partner queue, by queue name, as peeked before
     * @return whether no feedback was answered with a server error or went unanswered
     */
    boolean run(List<String> caseIds, Map<String, List<Message>> partnerMessages) {
        out.println();
        if (!lambda.servesRoute("POST", FEEDBACK_ROUTE)) {
            out.println("Partners: skipped; the template has no POST " + FEEDBACK_ROUTE + " route yet.");
            return true;
        }
        Map<String, String> leadQueues = leadPartnersByQueue(Set.copyOf(caseIds), partnerMessages);
        out.printf("Partners accepting their leads (POST %s, signed as each queue's role):%n", FEEDBACK_ROUTE);
        List<MessageOutcome> outcomes = new ArrayList<>();
        leadQueues.forEach((queueName, partnerId) -> outcomes.addAll(accept(queueName, partnerId, Set.copyOf(caseIds))));
        if (leadQueues.isEmpty()) {
            out.println("  (no lead messages on any queue)");
        }
        boolean settled = lambda.awaitQuiet(SETTLE_TIMEOUT);
        out.println("Case status after the partners' feedback:");
        caseIds.forEach(caseId -> out.printf("  %s: %s%n", caseId, status(caseId)));
        return settled && outcomes.stream().noneMatch(PartnerDemo::failed);
    }

    private List<MessageOutcome> accept(String queueName, String partnerId, Set<String> caseIds) {
        String role = queueName.replaceFirst("\\.fifo$", "");
        out.printf("  %s (partner %s):%n", role, partnerId);
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(role, LOCAL_SECRET));
        try (FeedbackApi api = new FeedbackApi(lambda.httpApiUrl(), credentials, Region.of(stack.settings().region()))) {
            return PartnerConsumer.builder()
                    .sqs(stack.sqs())
                    .queueName(queueName)
                    .partnerId(partnerId)
                    .feedbackApi(api)
                    .decider(assignment -> assignment.isLead() && caseIds.contains(assignment.caseId())
                            ? Optional.of(Feedback.accepted()) : Optional.empty())
                    .onOutcome(outcome -> out.println("    " + outcome.line()))
                    .build()
                    .drain();
        }
    }

    /** The queues holding a lead message for a demo case, with the partner the messages name. */
    private static Map<String, String> leadPartnersByQueue(Set<String> caseIds, Map<String, List<Message>> partnerMessages) {
        Map<String, String> queues = new LinkedHashMap<>();
        partnerMessages.forEach((queueName, messages) -> {
            for (Message message : messages) {
                try {
                    PartnerMessage parsed = PartnerMessage.parse(message.body());
                    if (parsed.isLead() && caseIds.contains(parsed.caseId())) {
                        queues.putIfAbsent(queueName, parsed.partnerId());
                    }
                } catch (UnreadableMessageException notAPartnerMessage) {
                    // Failure queues hold other documents; they have no partner to act.
                }
            }
        });
        return queues;
    }

    private String status(String caseId) {
        String table = stack.resources().ofType(ProvisionedResources.TABLE).get(0).ref();
        Map<String, AttributeValue> item = stack.dynamoDb().getItem(request -> request.tableName(table).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE")))).item();
        return item == null || !item.containsKey("status") ? "(not found)" : item.get("status").s();
    }

    private static boolean failed(MessageOutcome outcome) {
        return outcome.action().equals(MessageOutcome.UNREACHABLE)
                || outcome.httpStatus().stream().anyMatch(status -> status >= 500);
    }
}
