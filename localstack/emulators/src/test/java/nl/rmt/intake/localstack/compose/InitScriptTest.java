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
                        "sqs create-queue", "sqs create-queue", "sqs create-queue",
                        "dynamodb create-table", "sns create-topic", "ses create-configuration-set",
                        "ses verify-email-identity", "ses create-configuration-set-event-destination");
        assertThat(run.calls()).noneMatch(call -> call.contains("production-only"));
        assertThat(run.output()).contains("rmt-intake: created what template.yaml declares");
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
    void aFailingCallFailsTheScriptSoLocalStackReportsTheHookAsFailed() throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(SCRIPT, folder, "", "--queue-name rmt-intake-work-dlq.fifo");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("creating the resources of template.yaml failed");
        assertThat(run.calls()).noneMatch(call -> call.contains("--queue-name rmt-intake-work.fifo"));
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
