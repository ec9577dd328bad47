package nl.rmt.intake.localstack.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;

/**
 * What IAM authorises for one SDK call: the action and the resource ARN, or several for compound calls. Each item
 * of TransactWriteItems needs its own action on its table, TransactGetItems GetItem per item, the batch calls their
 * action on each table, a query of an index the index's ARN, and SQS's batch calls the single action they batch.
 */
final class RequiredPermissions {

    private final LocalArns arns;

    RequiredPermissions(LocalArns arns) {
        this.arns = arns;
    }

    /**
     * @param service   the IAM prefix ({@code dynamodb}, {@code sqs}, {@code ses}...)
     * @param operation the API operation, such as {@code TransactWriteItems}
     * @param stream    the stream a DynamoDB Streams call reads, when the request names only a shard iterator
     */
    List<Permission> of(String service, String operation, SdkRequest request, Optional<String> stream) {
        return switch (service) {
            case "dynamodb" -> dynamoDb(operation, request, stream);
            case "sqs" -> sqs(operation, request);
            case "ses" -> ses(operation, request);
            default -> List.of(new Permission(service + ":" + operation, "*"));
        };
    }

    private List<Permission> dynamoDb(String operation, SdkRequest request, Optional<String> stream) {
        if (operation.equals("ListStreams") || operation.equals("ListTables")) {
            // IAM authorises the listings on no particular resource.
            return List.of(dynamoDb(operation, "*"));
        }
        if (request instanceof TransactWriteItemsRequest transact) {
            List<Permission> permissions = new ArrayList<>();
            for (TransactWriteItem item : transact.transactItems()) {
                if (item.put() != null) {
                    permissions.add(dynamoDb("PutItem", arns.table(item.put().tableName())));
                } else if (item.update() != null) {
                    permissions.add(dynamoDb("UpdateItem", arns.table(item.update().tableName())));
                } else if (item.delete() != null) {
                    permissions.add(dynamoDb("DeleteItem", arns.table(item.delete().tableName())));
                } else if (item.conditionCheck() != null) {
                    permissions.add(dynamoDb("ConditionCheckItem", arns.table(item.conditionCheck().tableName())));
                }
            }
            return permissions;
        }
        if (request instanceof TransactGetItemsRequest transact) {
            return transact.transactItems().stream().map(TransactGetItem::get)
                    .map(get -> dynamoDb("GetItem", arns.table(get.tableName()))).toList();
        }
        if (request instanceof BatchWriteItemRequest batch) {
            return batch.requestItems().keySet().stream().map(table -> dynamoDb(operation, arns.table(table))).toList();
        }
        if (request instanceof BatchGetItemRequest batch) {
            return batch.requestItems().keySet().stream().map(table -> dynamoDb(operation, arns.table(table))).toList();
        }
        if (request instanceof QueryRequest query && query.indexName() != null) {
            return List.of(dynamoDb(operation, arns.index(query.tableName(), query.indexName())));
        }
        if (request instanceof ScanRequest scan && scan.indexName() != null) {
            return List.of(dynamoDb(operation, arns.index(scan.tableName(), scan.indexName())));
        }
        Optional<String> streamArn = request.getValueForField("StreamArn", String.class).or(() -> stream);
        if (streamArn.isPresent()) {
            return List.of(dynamoDb(operation, streamArn.get()));
        }
        return List.of(dynamoDb(operation, request.getValueForField("TableName", String.class)
                .map(arns::table).orElse("*")));
    }

    private List<Permission> sqs(String operation, SdkRequest request) {
        String action = "sqs:" + operation.replaceFirst("Batch$", "");
        if (request instanceof GetQueueUrlRequest getQueueUrl) {
            return List.of(new Permission(action, arns.queueNamed(getQueueUrl.queueName())));
        }
        Optional<String> queueUrl = request.getValueForField("QueueUrl", String.class);
        Optional<String> queueName = request.getValueForField("QueueName", String.class);
        String resource = queueUrl.map(arns::queueAt).or(() -> queueName.map(arns::queueNamed)).orElse("*");
        return List.of(new Permission(action, resource));
    }

    private List<Permission> ses(String operation, SdkRequest request) {
        if (request instanceof SendEmailRequest send) {
            List<Permission> permissions = new ArrayList<>();
            permissions.add(new Permission("ses:SendEmail", arns.sesIdentity(send.fromEmailAddress())));
            if (send.configurationSetName() != null) {
                permissions.add(new Permission("ses:SendEmail", arns.sesConfigurationSet(send.configurationSetName())));
            }
            return permissions;
        }
        return List.of(new Permission("ses:" + operation, "*"));
    }

    private static Permission dynamoDb(String operation, String resource) {
        return new Permission("dynamodb:" + operation, resource);
    }
}
