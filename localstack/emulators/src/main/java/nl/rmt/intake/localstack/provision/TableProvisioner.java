package nl.rmt.intake.localstack.provision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Creates one AWS::DynamoDB::Table in DynamoDB Local, or finds the one a previous run created. */
final class TableProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TableProvisioner.class);
    /** CloudFormation rejects a PROVISIONED table without throughput; locally any numbers do. */
    private static final ProvisionedThroughput LOCAL_THROUGHPUT = ProvisionedThroughput.builder()
            .readCapacityUnits(5L).writeCapacityUnits(5L).build();

    private final DynamoDbClient dynamoDb;

    TableProvisioner(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    ProvisionedResource ensure(String logicalId, String tableName, PropertyValues properties) {
        // Create first and fall back to the existing table: asking first makes DynamoDB Local log an error.
        try {
            dynamoDb.createTable(createRequest(tableName, properties));
            LOG.debug("Created table {} for {}", tableName, logicalId);
        } catch (ResourceInUseException exists) {
            LOG.debug("Reusing table {} for {}", tableName, logicalId);
        }
        TableDescription table = dynamoDb.describeTable(request -> request.tableName(tableName)).table();
        applyTimeToLive(tableName, properties.object("TimeToLiveSpecification"));
        Map<String, String> attributes = new HashMap<>();
        attributes.put("Arn", table.tableArn());
        if (table.latestStreamArn() != null) {
            attributes.put("StreamArn", table.latestStreamArn());
        }
        return new ProvisionedResource(logicalId, ProvisionedResources.TABLE, tableName, attributes);
    }

    private static CreateTableRequest createRequest(String tableName, PropertyValues properties) {
        BillingMode billingMode = properties.has("BillingMode")
                ? BillingMode.fromValue(properties.text("BillingMode")) : BillingMode.PROVISIONED;
        boolean provisioned = billingMode == BillingMode.PROVISIONED;
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(billingMode)
                .keySchema(keySchema(properties))
                .attributeDefinitions(properties.objects("AttributeDefinitions").stream()
                        .map(definition -> AttributeDefinition.builder()
                                .attributeName(definition.requiredText("AttributeName"))
                                .attributeType(definition.requiredText("AttributeType"))
                                .build())
                        .toList());
        if (provisioned) {
            request.provisionedThroughput(throughput(properties.object("ProvisionedThroughput")));
        }
        List<PropertyValues> globalIndexes = properties.objects("GlobalSecondaryIndexes");
        if (!globalIndexes.isEmpty()) {
            request.globalSecondaryIndexes(globalIndexes.stream().map(index -> {
                GlobalSecondaryIndex.Builder builder = GlobalSecondaryIndex.builder()
                        .indexName(index.requiredText("IndexName"))
                        .keySchema(keySchema(index))
                        .projection(projection(index));
                if (provisioned) {
                    builder.provisionedThroughput(throughput(index.object("ProvisionedThroughput")));
                }
                return builder.build();
            }).toList());
        }
        List<PropertyValues> localIndexes = properties.objects("LocalSecondaryIndexes");
        if (!localIndexes.isEmpty()) {
            request.localSecondaryIndexes(localIndexes.stream().map(index -> LocalSecondaryIndex.builder()
                    .indexName(index.requiredText("IndexName"))
                    .keySchema(keySchema(index))
                    .projection(projection(index))
                    .build()).toList());
        }
        PropertyValues stream = properties.object("StreamSpecification");
        if (stream != null) {
            request.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true)
                    .streamViewType(stream.requiredText("StreamViewType"))
                    .build());
        }
        return request.build();
    }

    private void applyTimeToLive(String tableName, PropertyValues specification) {
        if (specification == null || !specification.flag("Enabled")) {
            return;
        }
        TimeToLiveStatus status = dynamoDb.describeTimeToLive(request -> request.tableName(tableName))
                .timeToLiveDescription().timeToLiveStatus();
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
            return;
        }
        dynamoDb.updateTimeToLive(request -> request.tableName(tableName).timeToLiveSpecification(ttl -> ttl
                .attributeName(specification.requiredText("AttributeName"))
                .enabled(true)));
    }

    private static List<KeySchemaElement> keySchema(PropertyValues owner) {
        List<PropertyValues> elements = owner.objects("KeySchema");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException(owner.where() + ".KeySchema is required");
        }
        return elements.stream().map(element -> KeySchemaElement.builder()
                .attributeName(element.requiredText("AttributeName"))
                .keyType(element.requiredText("KeyType"))
                .build()).toList();
    }

    private static Projection projection(PropertyValues index) {
        PropertyValues projection = index.object("Projection");
        if (projection == null) {
            throw new IllegalArgumentException(index.where() + ".Projection is required");
        }
        Projection.Builder builder = Projection.builder()
                .projectionType(projection.has("ProjectionType") ? projection.text("ProjectionType") : "ALL");
        List<String> nonKeyAttributes = projection.texts("NonKeyAttributes");
        if (!nonKeyAttributes.isEmpty()) {
            builder.nonKeyAttributes(nonKeyAttributes);
        }
        return builder.build();
    }

    private static ProvisionedThroughput throughput(PropertyValues throughput) {
        if (throughput == null) {
            return LOCAL_THROUGHPUT;
        }
        return ProvisionedThroughput.builder()
                .readCapacityUnits(throughput.number("ReadCapacityUnits"))
                .writeCapacityUnits(throughput.number("WriteCapacityUnits"))
                .build();
    }
}
