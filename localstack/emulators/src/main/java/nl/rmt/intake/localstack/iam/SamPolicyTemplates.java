package nl.rmt.intake.localstack.iam;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** SAM policy templates, expanded as SAM's policy_templates.json does, for the templates this stack reads. */
final class SamPolicyTemplates {

    private static final List<String> DYNAMODB_READ = List.of("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query",
            "dynamodb:BatchGetItem", "dynamodb:DescribeTable");
    private static final List<String> DYNAMODB_WRITE = List.of("dynamodb:PutItem", "dynamodb:UpdateItem",
            "dynamodb:BatchWriteItem");

    private SamPolicyTemplates() {
    }

    static List<IamStatement> statements(String template, Map<?, ?> parameters, LocalArns arns, String where) {
        return switch (template) {
            case "DynamoDBCrudPolicy" -> table(concat(DYNAMODB_READ, DYNAMODB_WRITE, List.of("dynamodb:DeleteItem",
                    "dynamodb:ConditionCheckItem")), parameters, arns, where);
            case "DynamoDBReadPolicy" -> table(DYNAMODB_READ, parameters, arns, where);
            case "DynamoDBWritePolicy" -> table(DYNAMODB_WRITE, parameters, arns, where);
            case "SQSSendMessagePolicy" -> List.of(new IamStatement(true, List.of("sqs:SendMessage*"),
                    List.of(arns.queueNamed(parameter(parameters, "QueueName", where))), where));
            case "SQSPollerPolicy" -> List.of(new IamStatement(true, List.of("sqs:ChangeMessageVisibility",
                    "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage", "sqs:DeleteMessageBatch",
                    "sqs:GetQueueAttributes", "sqs:ReceiveMessage"),
                    List.of(arns.queueNamed(parameter(parameters, "QueueName", where))), where));
            case "SESCrudPolicy" -> List.of(new IamStatement(true, List.of("ses:GetIdentityVerificationAttributes",
                    "ses:SendEmail", "ses:SendRawEmail", "ses:VerifyEmailIdentity"),
                    List.of(arns.sesIdentityNamed(parameter(parameters, "IdentityName", where))), where));
            default -> throw new IllegalArgumentException(where + ": the local stack does not expand the SAM policy "
                    + "template " + template);
        };
    }

    private static List<IamStatement> table(List<String> actions, Map<?, ?> parameters, LocalArns arns, String where) {
        String table = arns.table(parameter(parameters, "TableName", where));
        return List.of(new IamStatement(true, actions, List.of(table, table + "/index/*"), where));
    }

    private static String parameter(Map<?, ?> parameters, String name, String where) {
        Object value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException(where + ": the policy template needs " + name);
        }
        return String.valueOf(value);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
