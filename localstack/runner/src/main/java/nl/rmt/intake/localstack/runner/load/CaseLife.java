package nl.rmt.intake.localstack.runner.load;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.partner.Feedback;
import nl.rmt.intake.partner.FeedbackApi;
import nl.rmt.intake.partner.Outcome;
import nl.rmt.intake.store.IntakePacking;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The rest of a case's life after its confirmation, for a sample of the load run's cases, each step metered on its
 * own: the lead partner accepts (signed as its role, through the HTTP API), then closes the case (found work), then,
 * once due, the daily retention run erases the person's data. Due means closed longer ago than the retention
 * period: the sample's closing times in the retention index are moved back, with the stack's own client, before
 * that step.
 */
final class CaseLife {

    private static final String LOCAL_SECRET = "local";
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * One step of the sample's life.
     *
     * @param done the cases that went through it (an answer of 200 for feedback; for the retention run, erased with
     *             no personal data left in the form)
     */
    record Step(String name, int cases, int done, MeteredPhase metered, CostModel cost) {
    }

    private final EmbeddedStack stack;
    private final LocalLambda lambda;
    private final String table;

    CaseLife(EmbeddedStack stack, LocalLambda lambda) {
        this.stack = stack;
        this.lambda = lambda;
        this.table = stack.resources().tableName("CasesTable");
    }

    List<Step> run(List<String> caseIds) {
        Map<String, String> leads = new java.util.HashMap<>();
        caseIds.forEach(caseId -> leads.put(caseId, caseItem(caseId).get("leadPartnerId").s()));
        Step accepted = feedback("acceptance", caseIds, leads, Feedback.accepted());
        Step closed = feedback("closing", caseIds, leads, Feedback.closed(Outcome.WORK));
        String longAgo = SORTABLE.format(Instant.now().minus(Duration.ofDays(3650)));
        caseIds.forEach(caseId -> stack.dynamoDb().updateItem(request -> request.tableName(table)
                .key(key(caseId)).updateExpression("SET gsi3sk = :closedAt")
                .conditionExpression("attribute_exists(gsi3sk)")
                .expressionAttributeValues(Map.of(":closedAt", AttributeValue.fromS(longAgo + "#" + caseId)))));
        MeteredPhase erasing = MeteredPhase.of(lambda, () -> lambda.triggerSchedule("RetentionFunction"));
        int erased = (int) caseIds.stream().filter(this::erased).count();
        return List.of(accepted, closed, step("erasure", caseIds.size(), erased, erasing, 0));
    }

    private Step feedback(String name, List<String> caseIds, Map<String, String> leads, Feedback feedback) {
        AtomicInteger answered = new AtomicInteger();
        Map<String, FeedbackApi> apis = new java.util.HashMap<>();
        try {
            MeteredPhase metered = MeteredPhase.of(lambda, () -> caseIds.forEach(caseId -> {
                FeedbackApi api = apis.computeIfAbsent(roleOf(leads.get(caseId)), role -> new FeedbackApi(
                        lambda.httpApiUrl(), StaticCredentialsProvider.create(AwsBasicCredentials.create(role,
                        LOCAL_SECRET)), Region.of(stack.settings().region())));
                if (api.send(caseId, feedback) == 200) {
                    answered.incrementAndGet();
                }
            }));
            return step(name, caseIds.size(), answered.get(), metered, caseIds.size());
        } finally {
            apis.values().forEach(FeedbackApi::close);
        }
    }

    private static Step step(String name, int cases, int done, MeteredPhase metered, long apiRequests) {
        return new Step(name, cases, done, metered, new CostModel(cases, metered.usage(), apiRequests,
                metered.requests(), metered.logBytes(), 0));
    }

    /** A partner signs as the role its queue is named after; an RMT desk as its desk's. */
    private String roleOf(String partnerId) {
        String stackName = stack.settings().stackName();
        return partnerId.startsWith("rmt-") ? stackName + "-desk-" + partnerId.substring("rmt-".length())
                : stackName + "-partner-" + partnerId;
    }

    private boolean erased(String caseId) {
        Map<String, AttributeValue> intake = IntakePacking.unpacked(item(caseId, "CASE#INTAKE"));
        return caseItem(caseId).containsKey("erasedAt") && !intake.containsKey("person")
                && !intake.containsKey("remarks");
    }

    private Map<String, AttributeValue> caseItem(String caseId) {
        return item(caseId, "CASE");
    }

    private Map<String, AttributeValue> item(String caseId, String sortKey) {
        return stack.dynamoDb().getItem(request -> request.tableName(table).key(key(caseId, sortKey))
                .consistentRead(true)).item();
    }

    private static Map<String, AttributeValue> key(String caseId) {
        return key(caseId, "CASE");
    }

    private static Map<String, AttributeValue> key(String caseId, String sortKey) {
        return Map.of("pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS(sortKey));
    }
}
