package nl.rmt.intake.localstack.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateChecksTest {

    private static final String GOOD = """
            Parameters:
              Stage:
                Type: String
                Default: test
            Globals:
              Function:
                Runtime: java21
                Architectures: [arm64]
                Environment:
                  Variables:
                    TABLE_NAME: !Ref Table
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  QueueName: !Sub "${AWS::StackName}-${Stage}-work"
                  RedrivePolicy:
                    deadLetterTargetArn: !GetAtt DeadLetters.Arn
                    maxReceiveCount: 5
              DeadLetters:
                Type: AWS::SQS::Queue
              Failures:
                Type: AWS::SQS::Queue
              FunctionDeadLetters:
                Type: AWS::SQS::Queue
              Topic:
                Type: AWS::SNS::Topic
              Alarm:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  AlarmActions: [!Ref Topic]
                  Dimensions:
                    - Name: QueueName
                      Value: !GetAtt DeadLetters.QueueName
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: example.Worker
                  DeadLetterQueue:
                    Type: SQS
                    TargetArn: !GetAtt FunctionDeadLetters.Arn
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: [dynamodb:Query]
                          Resource: !Sub ["${Table.Arn}/index/${Index}", {Index: byRegion}]
                        - Effect: Allow
                          Action: [sqs:SendMessage]
                          Resource: !Sub "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${!Literal}"
                  Events:
                    Work:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Queue.Arn
                        FunctionResponseTypes: [ReportBatchItemFailures]
                    Changes:
                      Type: DynamoDB
                      Properties:
                        Stream: !GetAtt Table.StreamArn
                        StartingPosition: LATEST
                        FunctionResponseTypes: [ReportBatchItemFailures]
                        DestinationConfig:
                          OnFailure:
                            Type: SQS
                            Destination: !GetAtt Failures.Arn
                    Api:
                      Type: HttpApi
                      Properties:
                        Path: /work
                        Method: POST
            Outputs:
              Role:
                Value: !GetAtt WorkerRole.Arn
              Api:
                Value: !Sub "https://${ServerlessHttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}"
              Function:
                Value: !GetAtt Worker.Arn
            """;

    @Test
    void aTemplateKeepingEveryRuleHasNoProblems() {
        TemplateChecks checks = TemplateChecks.parse(GOOD, "good.yaml");

        assertThat(checks.unresolvedReferences()).isEmpty();
        assertThat(checks.functionsNotOn("java21", "arm64")).isEmpty();
        assertThat(checks.queuesWithoutRedrivePolicy()).isEmpty();
        assertThat(checks.batchSourcesWithoutPartialBatchResponses()).isEmpty();
    }

    @Test
    void aRefToAnUnknownNameIsReportedWhereverItIsGlobalsAndOutputsIncluded() {
        TemplateChecks checks = TemplateChecks.parse(GOOD
                .replace("TABLE_NAME: !Ref Table", "TABLE_NAME: !Ref CasesTable")
                .replace("Value: !GetAtt Worker.Arn", "Value: !Ref Missing"), "bad.yaml");

        assertThat(checks.unresolvedReferences()).containsExactly(
                "Globals.Function.Environment.Variables.TABLE_NAME (Ref): 'CasesTable' is no parameter, pseudo parameter"
                        + " or resource of the template",
                "Outputs.Function.Value (Ref): 'Missing' is no parameter, pseudo parameter or resource of the template");
    }

    @Test
    void aGetAttToAnUnknownResourceOrAnAttributeTheTypeLacksIsReported() {
        TemplateChecks checks = TemplateChecks.parse(GOOD
                .replace("Queue: !GetAtt Queue.Arn", "Queue: !GetAtt Queue.StreamArn")
                .replace("Value: !GetAtt Worker.Arn", "Value: !GetAtt Gone.Arn"), "bad.yaml");

        assertThat(checks.unresolvedReferences()).containsExactly(
                "Resources.Worker.Properties.Events.Work.Properties.Queue (Fn::GetAtt): AWS::SQS::Queue Queue has no"
                        + " attribute 'StreamArn'; it has [Arn, QueueName, QueueUrl]",
                "Outputs.Function.Value (Fn::GetAtt): 'Gone' is no resource of the template");
    }

    @Test
    void subVariablesAreCheckedButLiteralsAndItsOwnVariablesAreNot() {
        TemplateChecks checks = TemplateChecks.parse(GOOD
                .replace("${AWS::StackName}-${Stage}-work", "${StackName}-${Topic.Arn}-work"), "bad.yaml");

        assertThat(checks.unresolvedReferences()).containsExactly(
                "Resources.Queue.Properties.QueueName (Fn::Sub) ${StackName}: 'StackName' is no parameter, pseudo"
                        + " parameter or resource of the template",
                "Resources.Queue.Properties.QueueName (Fn::Sub) ${Topic.Arn}: AWS::SNS::Topic Topic has no attribute"
                        + " 'Arn'; it has [TopicArn, TopicName]");
    }

    @Test
    void attributesOfTypesWithoutAKnownListAreNotJudged() {
        TemplateChecks checks = TemplateChecks.parse(GOOD.replace("Value: !GetAtt Worker.Arn", "Value: !GetAtt Alarm.Arn"),
                "alarm.yaml");

        assertThat(checks.unresolvedReferences()).isEmpty();
    }

    @Test
    void aFunctionOnAnotherRuntimeOrArchitectureIsReportedWithGlobalsApplied() {
        TemplateChecks checks = TemplateChecks.parse(GOOD.replace("Handler: example.Worker",
                "Handler: example.Worker\n      Runtime: java17\n      Architectures: [x86_64]"), "bad.yaml");

        assertThat(checks.functionsNotOn("java21", "arm64")).containsExactly(
                "Worker: Runtime is java17, not java21",
                "Worker: Architectures is [arm64, x86_64], not [arm64]");
    }

    @Test
    void aPlainLambdaFunctionWithoutArchitecturesRunsOnX86AndIsReported() {
        TemplateChecks checks = TemplateChecks.parse("""
                Resources:
                  Legacy:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: java21
                """, "legacy.yaml");

        assertThat(checks.functionsNotOn("java21", "arm64")).containsExactly(
                "Legacy: Architectures is [x86_64], not [arm64]");
    }

    @Test
    void aQueueThatReceivesNoFailuresNeedsARedrivePolicy() {
        TemplateChecks checks = TemplateChecks.parse(GOOD.replace("""
                      RedrivePolicy:
                        deadLetterTargetArn: !GetAtt DeadLetters.Arn
                        maxReceiveCount: 5
                """, ""), "bad.yaml");

        assertThat(checks.queuesWithoutRedrivePolicy()).containsExactly(
                "Queue: no RedrivePolicy, and no dead-letter queue or failure destination",
                "DeadLetters: no RedrivePolicy, and no dead-letter queue or failure destination");
    }

    @Test
    void queueAndStreamSourcesMustReportPartialBatchFailures() {
        TemplateChecks checks = TemplateChecks.parse(withResources(
                GOOD.replaceAll(" *FunctionResponseTypes: \\[ReportBatchItemFailures]\n", ""), """
                  Mapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      EventSourceArn: !GetAtt Queue.Arn
                      FunctionName: !Ref Worker
                  KafkaMapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      EventSourceArn: arn:aws:kafka:eu-west-1:123456789012:cluster/example
                      FunctionName: !Ref Worker
                """), "bad.yaml");

        assertThat(checks.batchSourcesWithoutPartialBatchResponses()).containsExactly(
                "Worker.Events.Work (SQS): FunctionResponseTypes lacks ReportBatchItemFailures",
                "Worker.Events.Changes (DynamoDB): FunctionResponseTypes lacks ReportBatchItemFailures",
                "Mapping: FunctionResponseTypes lacks ReportBatchItemFailures");
    }

    /** {@code template} with {@code resources} (entries of Resources, indented by two) added to its Resources. */
    private static String withResources(String template, String resources) {
        return template.replace("\nOutputs:", "\n" + resources + "Outputs:");
    }
}
