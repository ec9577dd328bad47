package nl.rmt.intake.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed files of localstack/compose/ must be what template.yaml makes of them now. */
class ComposeFilesTest {

    private final Path root = ProjectFiles.root();

    @Test
    void theCommittedInitScriptAndSamEnvFileAreWhatTheGeneratorMakesOfTemplateYaml() {
        assertThat(ComposeFiles.outdated(root))
                .as("out of date with template.yaml; regenerate with: " + ComposeFiles.REGENERATE)
                .isEmpty();
    }

    @Test
    void theInitScriptIsExecutableBecauseLocalStackRunsNoOtherHooks() {
        assertThat(Files.isExecutable(root.resolve(ComposeFiles.INIT_SCRIPT))).isTrue();
    }

    @Test
    void theCommittedInitScriptRunsToTheEndAgainstAnAwsCliThatAcceptsEveryCall(@TempDir Path folder) throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(Files.readString(root.resolve(ComposeFiles.INIT_SCRIPT)), folder, "", "");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.calls()).filteredOn(call -> call.contains("sqs create-queue")).hasSizeGreaterThan(2);
    }

    @Test
    void theCommittedInitScriptCreatesEveryQueueAndRedrivePolicyWhenTheEmulatorLacksSesEventDestinations(
            @TempDir Path folder) throws Exception {
        FakeAwsCli.Run run = FakeAwsCli.run(Files.readString(root.resolve(ComposeFiles.INIT_SCRIPT)), folder, "",
                "ses create-configuration-set-event-destination", "UnsupportedOperation");

        assertThat(run.exitCode()).as(run.output()).isZero();
        List<TemplateResource> queues = queuesOfTemplateYaml();
        List<String> created = run.calls().stream().filter(call -> call.contains(" sqs create-queue ")).toList();
        assertThat(created).hasSize(queues.size());
        assertThat(created).filteredOn(call -> call.contains("RedrivePolicy"))
                .hasSize((int) queues.stream().filter(queue -> queue.properties().containsKey("RedrivePolicy")).count());
        assertThat(run.output()).contains("optional step(s), the functions run without them:")
                .contains("aws ses create-configuration-set-event-destination: An error occurred (UnsupportedOperation)")
                .contains("rmt-intake: everything the functions need is there");
    }

    private List<TemplateResource> queuesOfTemplateYaml() {
        TemplateModel template = TemplateModel.load(root.resolve("template.yaml"));
        LocalStackNames names = new LocalStackNames(template, StackSettings.defaults());
        return template.resources().values().stream()
                .filter(resource -> resource.is(ProvisionedResources.QUEUE) && names.resolver().exists(resource))
                .toList();
    }

    @Test
    void writingMakesTheFilesAndAnExecutableScriptWhereThereWereNone(@TempDir Path copy) throws Exception {
        Files.copy(root.resolve("template.yaml"), copy.resolve("template.yaml"));
        assertThat(ComposeFiles.outdated(copy)).containsExactly(ComposeFiles.INIT_SCRIPT, ComposeFiles.SAM_ENV);

        ComposeFiles.write(copy);

        assertThat(ComposeFiles.outdated(copy)).isEmpty();
        assertThat(Files.isExecutable(copy.resolve(ComposeFiles.INIT_SCRIPT))).isTrue();
    }

    @Test
    void aChangedTemplateMakesTheFilesOutdated(@TempDir Path copy) throws Exception {
        Files.copy(root.resolve("template.yaml"), copy.resolve("template.yaml"));
        ComposeFiles.write(copy);

        Files.writeString(copy.resolve("template.yaml"), Files.readString(copy.resolve("template.yaml"))
                .replace("MessageRetentionPeriod: 1209600", "MessageRetentionPeriod: 345600"));

        assertThat(ComposeFiles.outdated(copy)).containsExactly(ComposeFiles.INIT_SCRIPT);
    }
}
