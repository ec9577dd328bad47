package nl.rmt.intake.localstack.runner.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.localstack.runner.sns.TopicPublication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * template.yaml's functions on the embedded stack, each acting with its own role: the Lambda service's part too
 * (writing logs and traces, the stream's OnFailure destination, an asynchronous event's dead-letter queue).
 */
class FunctionRolesEndToEndTest {

    /** The fixtures `sam local invoke` runs each function with (README, "sam local invoke"), by events/ folder. */
    private static final Map<String, String> FIXTURES = Map.ofEntries(
            Map.entry("SubmitIntakeFunction", "intakes"),
            Map.entry("PreviewIntakeFunction", "preview"),
            Map.entry("ChallengeFunction", "challenge"),
            Map.entry("OutboxDispatchFunction", "outbox"),
            Map.entry("ConfirmationFunction", "confirmation"),
            Map.entry("PartnerFeedbackFunction", "partner"),
            Map.entry("WithdrawalFunction", "withdrawal"),
            Map.entry("EscalationFunction", "escalation"),
            Map.entry("RetentionFunction", "retention"),
            Map.entry("DeskApiFunction", "desk"),
            Map.entry("ReorganisationDeskFunction", "reorganisations"),
            Map.entry("ReorganisationPublicFunction", "invitations"),
            Map.entry("MonitoringFunction", "monitoring"),
            Map.entry("EmailEventsFunction", "email"),
            Map.entry("OutboxSweepFunction", "sweep"));

    private static EmbeddedStack stack;
    private static LocalLambda lambda;

    @BeforeAll
    static void start() {
        // The pipeline is under test here; the proof of work of the public form has its own tests.
        stack = EmbeddedStack.builder().parameter("ProofOfWork", "Disabled").start();
        lambda = LocalLambda.start(stack, 0);
    }

    @AfterAll
    static void stop() {
        lambda.close();
        stack.close();
    }

    @Test
    void everyFunctionRunsItsSamLocalFixturesWithItsOwnRole() throws IOException {
        assertThat(stack.environment().functions()).extracting(FunctionDefinition::logicalId)
                .containsExactlyInAnyOrderElementsOf(FIXTURES.keySet());
        for (Map.Entry<String, String> function : FIXTURES.entrySet()) {
            for (Path fixture : fixtures(function.getValue())) {
                String event = Files.readString(fixture);
                assertThatCode(() -> lambda.invoke(function.getKey(), event)).as(function.getKey() + " with " + fixture)
                        .doesNotThrowAnyException();
            }
        }
        lambda.drain();
    }

    @Test
    void anOutboxMessageForADeadLetterQueueIsRefusedToTheDispatcherAndItsRecordEndsOnTheFailureQueue() {
        String caseId = UUID.randomUUID().toString();
        stack.dynamoDb().putItem(request -> request.tableName(stack.resources().tableName("CasesTable")).item(Map.of(
                "pk", AttributeValue.fromS("CASE#" + caseId),
                "sk", AttributeValue.fromS("OUTBOX#NOTICE#uwv#1"),
                "caseId", AttributeValue.fromS(caseId),
                "outboxId", AttributeValue.fromS("NOTICE#uwv#1"),
                "kind", AttributeValue.fromS("NOTICE"),
                "queue", AttributeValue.fromS("partner-uwv-dlq"),
                "groupId", AttributeValue.fromS(caseId),
                "deduplicationId", AttributeValue.fromS(caseId + ":uwv:NOTICE:1"),
                "body", AttributeValue.fromS("{\"caseId\":\"" + caseId + "\"}"))));

        lambda.drain();

        assertThat(takeAll("PartnerUwvDeadLetterQueue")).isEmpty();
        assertThat(takeAll("OutboxFailureQueue")).anySatisfy(failure -> assertThat(failure.body())
                .contains("RetryAttemptsExhausted").contains(stack.resources().streamArn("CasesTable")));
    }

    @Test
    void anEmailEventTheFunctionCannotReadEndsOnItsDeadLetterQueue() {
        TopicPublication publication = lambda.publishToTopic("EmailEventsTopic", "not an SES notification");

        assertThat(publication.failed()).containsExactly("EmailEventsFunction");
        assertThat(takeAll("EmailEventsDeadLetterQueue")).singleElement()
                .satisfies(event -> assertThat(event.body()).contains("not an SES notification"));
    }

    private static List<Message> takeAll(String queueLogicalId) {
        String url = stack.resources().queueUrl(queueLogicalId);
        List<Message> messages = stack.sqs().receiveMessage(request -> request.queueUrl(url).maxNumberOfMessages(10))
                .messages();
        messages.forEach(message -> stack.sqs().deleteMessage(request -> request.queueUrl(url)
                .receiptHandle(message.receiptHandle())));
        return messages;
    }

    private static List<Path> fixtures(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve("events").resolve(folder))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
