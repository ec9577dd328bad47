package nl.rmt.intake.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.rmt.intake.localstack.template.CloudFormationYaml;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.StackSettings;
import org.junit.jupiter.api.Test;

class LocalStackNamesTest {

    private final LocalStackNames names = new LocalStackNames(InitScriptTest.template(), StackSettings.defaults());
    private final IntrinsicResolver resolver = names.resolver();

    @Test
    void aQueueRefIsItsLocalStackUrlAndItsAttributesTheArnNameAndUrl() {
        assertThat(resolve("{Ref: WorkQueue}"))
                .isEqualTo("http://sqs.eu-west-1.localhost.localstack.cloud:4566/000000000000/rmt-intake-work.fifo");
        assertThat(resolve("{Fn::GetAtt: [WorkQueue, Arn]}")).isEqualTo("arn:aws:sqs:eu-west-1:000000000000:rmt-intake-work.fifo");
        assertThat(resolve("{Fn::GetAtt: [WorkQueue, QueueName]}")).isEqualTo("rmt-intake-work.fifo");
        assertThat(resolve("{Fn::GetAtt: [WorkQueue, QueueUrl]}")).isEqualTo(resolve("{Ref: WorkQueue}"));
    }

    @Test
    void aTableRefIsItsNameAndItsArnIsLocalStacks() {
        assertThat(resolve("{Ref: CasesTable}")).isEqualTo("rmt-intake-test-cases");
        assertThat(resolve("{Fn::GetAtt: [CasesTable, Arn]}"))
                .isEqualTo("arn:aws:dynamodb:eu-west-1:000000000000:table/rmt-intake-test-cases");
    }

    @Test
    void aStreamArnIsKnownOnlyOnceTheTableExistsSoAReferenceFailsNamingThePlace() {
        assertThatThrownBy(() -> resolver.resolve(map("{Fn::GetAtt: [CasesTable, StreamArn]}"), "Somewhere.Stream"))
                .hasMessageContaining("Somewhere.Stream")
                .hasMessageContaining("CasesTable.StreamArn");
    }

    @Test
    void aTopicRefIsItsArn() {
        assertThat(resolve("{Ref: EventsTopic}")).isEqualTo("arn:aws:sns:eu-west-1:000000000000:rmt-intake-events");
        assertThat(resolve("{Fn::GetAtt: [EventsTopic, TopicName]}")).isEqualTo("rmt-intake-events");
    }

    @Test
    void sesResourcesAreReferencedByName() {
        assertThat(resolve("{Ref: Sender}")).isEqualTo("noreply@rmt.example");
        assertThat(resolve("{Ref: EmailSet}")).isEqualTo("rmt-intake-email");
    }

    @Test
    void aFunctionIsNamedAsTheEmbeddedStackNamesIt() {
        assertThat(resolve("{Ref: WorkerFunction}")).isEqualTo("rmt-intake-WorkerFunction");
    }

    @Test
    void aTypeTheScriptDoesNotCreateHasNoValue() {
        assertThat(names.resource("WorkAlarm")).isEmpty();
        assertThat(names.resource("EmailSetEvents")).isEmpty();
    }

    private Object resolve(String yaml) {
        return resolver.resolve(map(yaml), "test");
    }

    private static Map<?, ?> map(String yaml) {
        return (Map<?, ?>) CloudFormationYaml.parse(yaml);
    }
}
