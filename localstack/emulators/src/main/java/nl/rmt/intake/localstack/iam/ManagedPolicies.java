package nl.rmt.intake.localstack.iam;

import java.util.List;
import java.util.Map;

/** The AWS managed policies SAM attaches to the roles it creates, as AWS publishes them. */
final class ManagedPolicies {

    private static final Map<String, List<List<String>>> ACTIONS_ON_ANY_RESOURCE = Map.of(
            "AWSLambdaBasicExecutionRole", List.of(List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents")),
            "AWSXrayWriteOnlyAccess", List.of(List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
                    "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries")),
            "AWSLambdaSQSQueueExecutionRole", List.of(
                    List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                    List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents")),
            "AWSLambdaDynamoDBExecutionRole", List.of(
                    List.of("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"),
                    List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents")));

    private ManagedPolicies() {
    }

    static List<IamStatement> statements(String name, String where) {
        List<List<String>> actions = ACTIONS_ON_ANY_RESOURCE.get(name);
        if (actions == null) {
            throw new IllegalArgumentException(where + ": the local stack does not know the managed policy " + name
                    + "; it knows " + ACTIONS_ON_ANY_RESOURCE.keySet());
        }
        return actions.stream().map(group -> new IamStatement(true, group, List.of("*"), where + " (" + name + ")")).toList();
    }
}
