package nl.rmt.intake.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.localstack.function.ApiRoute;
import nl.rmt.intake.localstack.function.DynamoDbStreamSource;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.function.ScheduleSource;
import nl.rmt.intake.localstack.function.SqsQueueSource;
import nl.rmt.intake.localstack.function.UnsupportedEvent;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import org.junit.jupiter.api.Test;

class LocalAwsEnvironmentTest {

    private static final String QUEUE_URL = "http://127.0.0.1:9324/000000000000/partner.fifo";
    private static final String QUEUE_ARN = "arn:aws:sqs:eu-west-1:000000000000:partner.fifo";
    private static final String DLQ_URL = "http://127.0.0.1:9324/000000000000/failures";
    private static final String DLQ_ARN = "arn:aws:sqs:eu-west-1:000000000000:failures";
    private static final String STREAM_ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/cases/stream/1";
    private static final ServiceEndpoints ENDPOINTS = new ServiceEndpoints(
            URI.create("http://127.0.0.1:8000"), URI.create("http://127.0.0.1:9324"), URI.create("http://127.0.0.1:8005"));
    private static final ProvisionedResources RESOURCES = ProvisionedResources.of(List.of(
            new ProvisionedResource("CasesTable", ProvisionedResources.TABLE, "cases", Map.of("StreamArn", STREAM_ARN)),
            new ProvisionedResource("PartnerQueue", ProvisionedResources.QUEUE, QUEUE_URL, Map.of("Arn", QUEUE_ARN)),
            new ProvisionedResource("FailureQueue", ProvisionedResources.QUEUE, DLQ_URL, Map.of("Arn", DLQ_ARN))));

    @Test
    void twoFunctionsSettingOneVariableToDifferentValuesFailNamingBoth() {
        LocalAwsEnvironment environment = environment("""
                Resources:
                  IntakeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Intake
                      Environment:
                        Variables:
                          QUEUE_URL: !Ref PartnerQueue
                  NotifyFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Notify
                      Environment:
                        Variables:
                          QUEUE_URL: !Ref FailureQueue
                """);

        assertThatThrownBy(environment::applyToSystemProperties)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUEUE_URL")
                .hasMessageContaining("IntakeFunction")
                .hasMessageContaining("NotifyFunction");
        assertThat(System.getProperty("QUEUE_URL")).as("nothing applied").isNull();
    }

    @Test
    void functionsSharingAVariableWithTheSameValueAreFine() {
        LocalAwsEnvironment environment = environment("""
                Globals:
                  Function:
                    Environment:
                      Variables:
                        CASES_TABLE: !Ref CasesTable
                Resources:
                  IntakeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Intake
                  NotifyFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Notify
                """);

        assertThat(environment.systemProperties()).containsEntry("CASES_TABLE", "cases");
    }

    @Test
    void systemPropertiesAimTheSdkAtTheEmulators() {
        Map<String, String> properties = environment("""
                Resources:
                  IntakeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Intake
                """).systemProperties();

        assertThat(properties)
                .containsEntry("aws.region", "eu-west-1")
                .containsEntry("aws.endpointUrlDynamoDb", "http://127.0.0.1:8000")
                .containsEntry("aws.endpointUrlDynamoDbStreams", "http://127.0.0.1:8000")
                .containsEntry("aws.endpointUrlSqs", "http://127.0.0.1:9324")
                .containsEntry("aws.endpointUrlSesV2", "http://127.0.0.1:8005")
                .containsKeys("aws.accessKeyId", "aws.secretAccessKey");
    }

    @Test
    void readsHandlerSettingsAndEveryEventKindWithLambdaDefaults() {
        FunctionDefinition function = environment("""
                Globals:
                  Function:
                    Timeout: 15
                Resources:
                  HttpApi:
                    Type: AWS::Serverless::HttpApi
                  IntakeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: nl.rmt.Intake::handleRequest
                      CodeUri: functions/handlers
                      Runtime: java17
                      MemorySize: 1024
                      ReservedConcurrentExecutions: 3
                      Events:
                        Submit:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref HttpApi
                            Path: /v1/regions/{region}/intakes
                            Method: post
                        Changes:
                          Type: DynamoDB
                          Properties:
                            Stream: !GetAtt CasesTable.StreamArn
                            StartingPosition: LATEST
                            ParallelizationFactor: 4
                            FilterCriteria:
                              Filters:
                                - Pattern: '{"eventName": ["INSERT"]}'
                            DestinationConfig:
                              OnFailure:
                                Destination: !GetAtt FailureQueue.Arn
                        Referrals:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt PartnerQueue.Arn
                            BatchSize: 5
                            FunctionResponseTypes: [ReportBatchItemFailures]
                            ScalingConfig:
                              MaximumConcurrency: 2
                        Escalations:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: cron(0 7 ? * MON-FRI *)
                        Uploads:
                          Type: S3
                          Properties:
                            Bucket: !Ref Uploads
                """).function("IntakeFunction");

        assertThat(function.handlerClassName()).isEqualTo("nl.rmt.Intake");
        assertThat(function.handlerMethodName()).contains("handleRequest");
        assertThat(function.functionName()).isEqualTo("rmt-intake-IntakeFunction");
        assertThat(function.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(function.memorySizeMb()).isEqualTo(1024);
        assertThat(function.reservedConcurrency()).contains(3);
        assertThat(function.events(ApiRoute.class)).containsExactly(new ApiRoute(
                "Submit", ApiRoute.Kind.HTTP_API, "/v1/regions/{region}/intakes", "POST", "httpapi", "2.0",
                ApiRoute.NO_AUTHORIZER));
        assertThat(function.events(DynamoDbStreamSource.class)).containsExactly(new DynamoDbStreamSource(
                "Changes", STREAM_ARN, "LATEST", 100, Duration.ZERO, -1, 4, false, false,
                List.of("{\"eventName\": [\"INSERT\"]}"), Optional.of(DLQ_ARN), Optional.of(DLQ_URL), true));
        assertThat(function.events(SqsQueueSource.class)).containsExactly(new SqsQueueSource(
                "Referrals", QUEUE_ARN, QUEUE_URL, 5, Duration.ZERO, true, List.of(), Optional.of(2), true));
        assertThat(function.events(ScheduleSource.class)).singleElement()
                .satisfies(schedule -> assertThat(schedule.scheduleExpression()).isEqualTo("cron(0 7 ? * MON-FRI *)"));
        assertThat(function.events(UnsupportedEvent.class)).extracting(UnsupportedEvent::type).containsExactly("S3");
    }

    @Test
    void anSqsEventOnAQueueOutsideTheTemplateIsRejected() {
        assertThatThrownBy(() -> environment("""
                Resources:
                  PartnerFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Partner
                      Events:
                        Elsewhere:
                          Type: SQS
                          Properties:
                            Queue: arn:aws:sqs:eu-west-1:123456789012:other
                """)).hasMessageContaining("arn:aws:sqs:eu-west-1:123456789012:other is not a queue of this template");
    }

    /** Appended to each test's Resources: the resources {@link #RESOURCES} stands for. */
    private static final String PROVISIONED_RESOURCES = """
              CasesTable:
                Type: AWS::DynamoDB::Table
              PartnerQueue:
                Type: AWS::SQS::Queue
              FailureQueue:
                Type: AWS::SQS::Queue
              Uploads:
                Type: AWS::S3::Bucket
            """;

    private static LocalAwsEnvironment environment(String resourcesYaml) {
        TemplateModel template = TemplateModel.parse(resourcesYaml + PROVISIONED_RESOURCES, "test.yaml");
        return LocalAwsEnvironment.of(template, StackSettings.defaults(), RESOURCES, ENDPOINTS);
    }
}
