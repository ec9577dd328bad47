package nl.rmt.intake.localstack.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import org.junit.jupiter.api.Test;

class QueueEventsTest {

    private static final String FIFO_ARN = "arn:aws:sqs:eu-west-1:000000000000:rmt-intake-confirmation.fifo";
    private static final String STANDARD_ARN = "arn:aws:sqs:eu-west-1:000000000000:rmt-intake-standard";

    @Test
    void aStandardQueuesMappingKeepsItsBatchingWindow() {
        SqsQueueSource source = queueEvent("Standard", "BatchSize: 100", "MaximumBatchingWindowInSeconds: 2");

        assertThat(source.batchSize()).isEqualTo(100);
        assertThat(source.maximumBatchingWindow()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aFifoQueuesMappingTakesBatchesOfTenWithoutAWindow() {
        assertThat(queueEvent("Fifo", "BatchSize: 10").batchSize()).isEqualTo(10);
    }

    @Test
    void aFifoQueuesMappingWithABatchingWindowIsRefusedAsLambdaRefusesIt() {
        assertThatThrownBy(() -> queueEvent("Fifo", "BatchSize: 10", "MaximumBatchingWindowInSeconds: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no batching window");
    }

    @Test
    void aFifoQueuesMappingWithBatchesOverTenIsRefusedAsLambdaRefusesIt() {
        assertThatThrownBy(() -> queueEvent("Fifo", "BatchSize: 11"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 10");
    }

    private static SqsQueueSource queueEvent(String queue, String... properties) {
        TemplateModel template = TemplateModel.parse("""
                Resources:
                  Fifo:
                    Type: AWS::SQS::Queue
                  Standard:
                    Type: AWS::SQS::Queue
                  SenderFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Sender
                      Events:
                        Work:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt %s.Arn
                            %s
                """.formatted(queue, String.join("\n" + " ".repeat(12), properties)), "test.yaml");
        ProvisionedResources resources = ProvisionedResources.of(List.of(
                new ProvisionedResource("Fifo", ProvisionedResources.QUEUE, "http://local/fifo", Map.of("Arn", FIFO_ARN)),
                new ProvisionedResource("Standard", ProvisionedResources.QUEUE, "http://local/standard",
                        Map.of("Arn", STANDARD_ARN))));
        IntrinsicResolver resolver = new IntrinsicResolver(template, StackSettings.defaults(), resources);
        return new FunctionReader(template, resolver, resources).read().get(0).events(SqsQueueSource.class).get(0);
    }
}
