package nl.rmt.intake.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitScriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = InitScript.generate(template(), StackSettings.defaults(), "regenerate-command");

    @TempDir
    Path folder;

    @Test
    void createsEveryTableQueueTopicAndSesResourceOfTheTemplateAndNothingElse() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.calls()).filteredOn(call -> call.contains(" create-") || call.contains(" verify-"))
                .extracting(call -> call.replaceFirst("^--region eu-west-1 (\\S+ \\S+) .*$", "$1"))
                .containsExactlyInAnyOrder(
                        "sqs create-queue", "sqs create-queue", "sqs create-queue", "sqs create-queue",
                        "dynamodb create-table", "sns create-topic", "ses create-configuration-set",
                        "ses create-configuration-set",
                        "ses verify-email-identity", "ses create-configuration-set-event-destination");
        assertThat(run.calls()).noneMatch(call -> call.contains("production-only"));
        assertThat(run.output()).contains("rmt-intake: ready (created now or before): 2 configuration-set,"
                        + " 1 email-identity, 1 event-destination, 4 queue, 1 table, 1 time-to-live, 1 topic")
                .contains("rmt-intake: everything the functions need is there")
                .doesNotContain("skipped", "FAILED");
    }

    @Test
    void everyCallGoesToTheStacksRegion() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "");

        assertThat(run.calls()).isNotEmpty().allMatch(call -> call.startsWith("--region eu-west-1 "));
    }

    @Test
    void aQueueIsCreatedOnlyAfterItsDeadLetterQueueExists() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "");

        assertThat(run.indexOf("--queue-name rmt-intake-work-dlq.fifo"))
                .isLessThan(run.indexOf("--queue-name rmt-intake-work.fifo"));
    }

    @Test
    void queueAttributesAreTheTemplatesWithTheRedrivePolicyNamingTheDeadLetterQueueByItsLocalStackArn() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "");

        JsonNode attributes = JSON.readTree(argument(run.calls().get(run.indexOf("--queue-name rmt-intake-work.fifo")),
                "--attributes"));
        assertThat(attributes.get("FifoQueue").asText()).isEqualTo("true");
        assertThat(attributes.get("ContentBasedDeduplication").asText()).isEqualTo("false");
        assertThat(attributes.get("VisibilityTimeout").asText()).isEqualTo("120");
        assertThat(attributes.has("SqsManagedSseEnabled")).isFalse();
        JsonNode redrive = JSON.readTree(attributes.get("RedrivePolicy").asText());
        assertThat(redrive.get("deadLetterTargetArn").asText())
                .isEqualTo("arn:aws:sqs:eu-west-1:000000000000:rmt-intake-work-dlq.fifo");
        assertThat(redrive.get("maxReceiveCount").asInt()).isEqualTo(5);
    }

    @Test
    void aQueueWithoutQueueNameGetsTheStackAndLogicalIdAsTheEmbeddedStackNamesIt() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "");

        String call = run.calls().get(run.indexOf("--queue-name rmt-intake-UnnamedQueue.fifo"));
        assertThat(JSON.readTree(argument(call, "--attributes")).get("RedrivePolicy").asText())
                .isEqualTo("{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:elsewhere\",\"maxReceiveCount\":3}");
    }

    @Test
    void theTableHasTheTemplatesKeysIndexesAndStreamAndThenItsTimeToLive() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "");

        JsonNode request = JSON.readTree(argument(run.calls().get(run.indexOf("dynamodb create-table")), "--cli-input-json"));
        assertThat(request.get("TableName").asText()).isEqualTo("rmt-intake-test-cases");
        assertThat(request.get("KeySchema").toString()).isEqualTo("[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]");
        assertThat(request.get("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(request.get("GlobalSecondaryIndexes").toString()).isEqualTo("[{\"IndexName\":\"byRegion\",\"KeySchema\":"
                + "[{\"AttributeName\":\"region\",\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"}}]");
        assertThat(request.get("StreamSpecification").toString())
                .isEqualTo("{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_IMAGE\"}");
        assertThat(request.has("SSESpecification")).isFalse();
        assertThat(run.indexOf("dynamodb wait table-exists --table-name rmt-intake-test-cases"))
                .isLessThan(run.indexOf("update-time-to-live --table-name rmt-intake-test-cases"
                        + " --time-to-live-specification Enabled=true,AttributeName=expiresAt"));
    }

    @Test
    void sesResourcesAreTheTemplatesWithTheEventDestinationPointingAtTheTopicsLocalStackArn() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "");

        assertThat(run.calls()).contains(
                "--region eu-west-1 ses verify-email-identity --email-address noreply@rmt.example",
                "--region eu-west-1 ses create-configuration-set --configuration-set Name=rmt-intake-email");
        String destination = run.calls().get(run.indexOf("create-configuration-set-event-destination"));
        assertThat(destination).contains("--configuration-set-name rmt-intake-email ");
        assertThat(JSON.readTree(argument(destination, "--event-destination")).toString()).isEqualTo(
                "{\"Name\":\"to-topic\",\"Enabled\":true,\"MatchingEventTypes\":[\"bounce\"],"
                        + "\"SNSDestination\":{\"TopicARN\":\"arn:aws:sns:eu-west-1:000000000000:rmt-intake-events\"}}");
        assertThat(run.indexOf("create-configuration-set --configuration-set"))
                .isLessThan(run.indexOf("create-configuration-set-event-destination"));
    }

    @Test
    void aTopicKeepsAttributesWithQuotesIntact() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "");

        String topic = run.calls().get(run.indexOf("sns create-topic --name rmt-intake-events"));
        assertThat(JSON.readTree(argument(topic, "--attributes")).get("DisplayName").asText())
                .isEqualTo("Case events, it's one");
    }

    @Test
    void aSecondRunLeavesExistingTablesConfigurationSetsAndEventDestinationsAlone() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "all", "");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.calls()).noneMatch(call -> call.contains("create-table") || call.contains("update-time-to-live")
                || call.contains("create-configuration-set"));
    }

    @Test
    void anOptionalCallTheEmulatorRefusesIsSkippedAndEverythingAfterItIsStillCreated() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "ses create-configuration-set-event-destination",
                "UnsupportedOperation");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.indexOf("create-configuration-set-event-destination"))
                .isLessThan(run.indexOf("--queue-name rmt-intake-audit.fifo"));
        String audit = run.calls().get(run.indexOf("--queue-name rmt-intake-audit.fifo"));
        assertThat(JSON.readTree(JSON.readTree(argument(audit, "--attributes")).get("RedrivePolicy").asText())
                .get("deadLetterTargetArn").asText()).isEqualTo("arn:aws:sqs:eu-west-1:000000000000:rmt-intake-work.fifo");
        assertThat(run.output())
                .contains("rmt-intake: ready (created now or before): 2 configuration-set, 1 email-identity, 4 queue,"
                        + " 1 table, 1 time-to-live, 1 topic\n")
                .contains("rmt-intake: skipped 1 optional step(s), the functions run without them:\n"
                        + "  event-destination to-topic of rmt-intake-email: SES publishes no bounce or complaint events"
                        + " to the topic, so they are not recorded; aws ses create-configuration-set-event-destination:"
                        + " An error occurred (UnsupportedOperation) when calling the"
                        + " create-configuration-set-event-destination operation\n")
                .contains("rmt-intake: everything the functions need is there")
                .doesNotContain("FAILED");
    }

    @Test
    void aRequiredCallThatFailsFailsTheScriptAtTheEndNamingTheCallSoLocalStackReportsTheHookAsFailed() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "--queue-name rmt-intake-work-dlq.fifo");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.calls()).anyMatch(call -> call.contains("--queue-name rmt-intake-audit.fifo"));
        assertThat(run.output()).endsWith("rmt-intake: FAILED 1 required step(s), the functions need them:\n"
                + "  queue rmt-intake-work-dlq.fifo: aws sqs create-queue: An error occurred (InvalidAttributeName)"
                + " when calling the create-queue operation\n");
    }

    @Test
    void theTimeToLiveIsOnlyTriedOnATableThatIsThere() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "dynamodb create-table");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.calls()).noneMatch(call -> call.contains("update-time-to-live"));
        assertThat(run.output()).contains("  time-to-live rmt-intake-test-cases (expiresAt): expired idempotency records"
                + " and email counters are kept, not deleted; not tried, table rmt-intake-test-cases is missing\n");
    }

    @Test
    void aConfigurationSetOrTopicIsRequiredOnlyWhenAFunctionsEnvironmentNamesIt() {
        assertThat(SCRIPT).contains("run required 'configuration-set rmt-intake-email' create_configuration_set")
                .contains("run optional 'configuration-set rmt-intake-unused' 'no function'\\''s environment names it'"
                        + " create_configuration_set rmt-intake-unused")
                .contains("run required 'topic rmt-intake-events' create_topic");
    }

    @Test
    void theScriptNamesThePropertiesItLeavesOutAndHowToRegenerateIt() {
        assertThat(SCRIPT).startsWith("#!/usr/bin/env bash\n")
                .contains("#   regenerate-command\n")
                .contains("# WorkQueue (left out: SqsManagedSseEnabled)\n")
                .contains("# CasesTable (left out: SSESpecification)\n")
                .contains("# Sender (left out: ConfigurationSetAttributes)\n")
                .doesNotContain("WorkAlarm", "WorkerFunction");
    }

    /** The value after {@code option} in a recorded call: a JSON document, which runs to the end of the call. */
    private static String argument(String call, String option) {
        String rest = call.substring(call.indexOf(option + " ") + option.length() + 1);
        return rest.startsWith("{") ? rest.substring(0, rest.lastIndexOf('}') + 1) : rest.split(" ")[0];
    }

    static TemplateModel template() {
        try {
            return TemplateModel.load(Path.of(InitScriptTest.class.getResource("/compose-test-template.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
