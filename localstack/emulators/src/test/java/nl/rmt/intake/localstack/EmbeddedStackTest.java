package nl.rmt.intake.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.provision.Provisioner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedStackTest {

    private EmbeddedStack stack;

    @BeforeAll
    void start() {
        stack = EmbeddedStack.builder().template(TestTemplates.path("stack-test-template.yaml")).start();
        System.out.println("Embedded stack started in " + stack.startupTime().toMillis() + " ms");
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void createsTheTableWithItsStreamIndexAndTimeToLive() {
        String tableName = stack.resources().tableName("CasesTable");
        TableDescription table = stack.dynamoDb().describeTable(request -> request.tableName(tableName)).table();

        assertThat(tableName).isEqualTo("rmt-intake-cases");
        assertThat(table.streamSpecification().streamEnabled()).isTrue();
        assertThat(table.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(table.latestStreamArn()).isEqualTo(stack.resources().streamArn("CasesTable"));
        assertThat(table.globalSecondaryIndexes()).singleElement()
                .satisfies(index -> assertThat(index.indexName()).isEqualTo("byRegion"));
        assertThat(stack.dynamoDb().describeTimeToLive(request -> request.tableName(tableName)).timeToLiveDescription())
                .satisfies(ttl -> {
                    assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
                    assertThat(ttl.attributeName()).isEqualTo("expiresAt");
                });
    }

    @Test
    void writesToTheTableAppearOnItsStream() {
        String tableName = stack.resources().tableName("CasesTable");
        stack.dynamoDb().putItem(request -> request.tableName(tableName).item(Map.of(
                "pk", AttributeValue.fromS("CASE#stream-check"), "sk", AttributeValue.fromS("CASE"))));

        String streamArn = stack.resources().streamArn("CasesTable");
        var shards = stack.dynamoDbStreams().describeStream(request -> request.streamArn(streamArn)).streamDescription().shards();
        List<String> keys = shards.stream().flatMap(shard -> {
            String iterator = stack.dynamoDbStreams().getShardIterator(request -> request.streamArn(streamArn)
                    .shardId(shard.shardId()).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            return stack.dynamoDbStreams().getRecords(request -> request.shardIterator(iterator)).records().stream();
        }).map(record -> record.dynamodb().keys().get("pk").s()).toList();

        assertThat(keys).contains("CASE#stream-check");
    }

    @Test
    void createsFifoQueueWithRedriveToItsDeadLetterQueue() {
        String url = stack.resources().queueUrl("PartnerQueue");
        Map<QueueAttributeName, String> attributes = stack.sqs().getQueueAttributes(request -> request
                .queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributes();

        assertThat(url).endsWith("/rmt-intake-partner-uwv.fifo");
        assertThat(attributes).containsEntry(QueueAttributeName.QUEUE_ARN, stack.resources().queueArn("PartnerQueue"));
        assertThat(attributes).containsEntry(QueueAttributeName.FIFO_QUEUE, "true")
                .containsEntry(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true")
                .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "1");
        assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY))
                .contains(stack.resources().queueArn("PartnerDeadLetterQueue"))
                .contains("\"maxReceiveCount\":2");
    }

    @Test
    void messageReceivedMaxReceiveCountTimesWithoutDeleteMovesToTheDeadLetterQueue() throws InterruptedException {
        String queue = stack.resources().queueUrl("PartnerQueue");
        String deadLetters = stack.resources().queueUrl("PartnerDeadLetterQueue");
        stack.sqs().sendMessage(request -> request.queueUrl(queue).messageBody("{\"caseId\":\"redrive-check\"}")
                .messageGroupId("redrive-check"));

        for (int receive = 1; receive <= 2; receive++) {
            assertThat(receiveWithin(queue, Duration.ofSeconds(5))).as("receive %d", receive).hasSize(1);
        }
        // As on SQS, the move happens when the next receive finds the count exceeded.
        assertThat(receiveWithin(queue, Duration.ofSeconds(3))).as("receive after maxReceiveCount").isEmpty();

        assertThat(receiveWithin(deadLetters, Duration.ofSeconds(5))).singleElement()
                .satisfies(message -> assertThat(message.body()).isEqualTo("{\"caseId\":\"redrive-check\"}"));
    }

    @Test
    void derivesNamesForUnnamedQueuesAndSkipsResourcesWhoseConditionIsFalse() {
        assertThat(stack.resources().queueUrl("NotificationQueue")).endsWith("/rmt-intake-NotificationQueue");
        assertThat(stack.resources().all()).doesNotContainKeys("ProductionOnlyQueue", "ApiLogs");
        assertThat(stack.resources().get("SenderIdentity").ref()).isEqualTo("noreply@rmt.example");
        assertThat(stack.resources().get("EmailEvents").ref()).isEqualTo("rmt-intake-email-events");
    }

    @Test
    void recordsTopicsWithALocalArnThatRefGives() {
        assertThat(stack.resources().topicArn("AlarmTopic")).isEqualTo("arn:aws:sns:eu-west-1:000000000000:rmt-intake-alarms");
        assertThat(stack.resources().get("CaseEventsTopic").attribute("TopicName")).contains("rmt-intake-CaseEventsTopic.fifo");
    }

    @Test
    void provisioningAgainReusesTheExistingTablesAndQueues() {
        ProvisionedResources again = new Provisioner(stack.template(), stack.settings(), stack.dynamoDb(), stack.sqs()).provision();

        assertThat(again.all()).isEqualTo(stack.resources().all());
    }

    @Test
    void appliesTheFunctionsEnvironmentAsSystemProperties() {
        assertThat(System.getProperty("PARTNER_QUEUE_URL")).isEqualTo(stack.resources().queueUrl("PartnerQueue"));
        assertThat(System.getProperty("PARTNER_QUEUE_ARN")).isEqualTo(stack.resources().queueArn("PartnerQueue"));
        assertThat(System.getProperty("PARTNER_QUEUE_NAME")).isEqualTo("rmt-intake-partner-uwv.fifo");
        assertThat(System.getProperty("CASES_STREAM_ARN")).isEqualTo(stack.resources().streamArn("CasesTable"));
        assertThat(System.getProperty("CASES_TABLE")).isEqualTo("rmt-intake-cases");
        assertThat(System.getProperty("SENDER")).isEqualTo("RMT <noreply@rmt.example>");
        assertThat(System.getProperty("CONFIGURATION_SET")).isEqualTo("rmt-intake-email-events");
        assertThat(System.getProperty("MODE")).isEqualTo("sandbox");
        assertThat(System.getProperty("STAGE")).isEqualTo("test");
    }

    @Test
    void clientsBuiltWithoutAnEndpointReachTheEmulatorsThroughTheSdkSystemProperties() {
        try (DynamoDbClient dynamoDb = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
             SqsClient sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build()) {

            assertThat(dynamoDb.listTables().tableNames()).contains("rmt-intake-cases");
            assertThat(sqs.listQueues().queueUrls()).contains(stack.resources().queueUrl("PartnerQueue"));
        }
    }

    @Test
    void emailSentWithSesV2IsReadBackFromTheMailbox() {
        String recipient = "reader-" + System.nanoTime() + "@rmt.example";
        try (SesV2Client ses = SesV2Client.builder().httpClient(UrlConnectionHttpClient.create()).build()) {
            ses.sendEmail(request -> request
                    .fromEmailAddress("noreply@rmt.example")
                    .destination(destination -> destination.toAddresses(recipient))
                    .content(content -> content.simple(message -> message
                            .subject(subject -> subject.data("Uw aanmelding RMT-7Q4K"))
                            .body(body -> body
                                    .text(text -> text.data("Wij nemen binnen 5 werkdagen contact op."))
                                    .html(html -> html.data("<p>Wij nemen binnen 5 werkdagen contact op.</p>"))))));
        }

        assertThat(stack.mailbox().sentTo(recipient)).singleElement().satisfies(email -> {
            assertThat(email.from()).isEqualTo("noreply@rmt.example");
            assertThat(email.to()).containsExactly(recipient);
            assertThat(email.subject()).isEqualTo("Uw aanmelding RMT-7Q4K");
            assertThat(email.text()).isEqualTo("Wij nemen binnen 5 werkdagen contact op.");
            assertThat(email.html()).isEqualTo("<p>Wij nemen binnen 5 werkdagen contact op.</p>");
            assertThat(email.date()).isNotNull();
        });
    }

    @Test
    void clearingTheMailboxForgetsSentEmails() {
        stack.sesV2().sendEmail(request -> request
                .fromEmailAddress("noreply@rmt.example")
                .destination(destination -> destination.toAddresses("clear-check@rmt.example"))
                .content(content -> content.simple(message -> message
                        .subject(subject -> subject.data("Clear check"))
                        .body(body -> body.text(text -> text.data("-"))))));

        stack.mailbox().clear();

        assertThat(stack.mailbox().sentTo("clear-check@rmt.example")).isEmpty();
    }

    private List<Message> receiveWithin(String queueUrl, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Message> messages = stack.sqs().receiveMessage(request -> request.queueUrl(queueUrl)
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            if (!messages.isEmpty()) {
                return messages;
            }
            Thread.sleep(50);
        }
        return List.of();
    }
}
