package nl.rmt.intake.localstack.metering;

import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** The DynamoDB operations that report consumed capacity: asking for it, and reading it off the answer. */
final class CapacityRequests {

    private static final Set<String> READS = Set.of("GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems");

    private CapacityRequests() {
    }

    static boolean isRead(String operation) {
        return READS.contains(operation);
    }

    /** The request asking for its consumed capacity, when it can; any other request as it is. */
    static SdkRequest withConsumedCapacity(SdkRequest request, ReturnConsumedCapacity level) {
        if (request instanceof GetItemRequest get) {
            return get.toBuilder().returnConsumedCapacity(level).build();
        } else if (request instanceof PutItemRequest put) {
            return put.toBuilder().returnConsumedCapacity(level).build();
        } else if (request instanceof UpdateItemRequest update) {
            return update.toBuilder().returnConsumedCapacity(level).build();
        } else if (request instanceof DeleteItemRequest delete) {
            return delete.toBuilder().returnConsumedCapacity(level).build();
        } else if (request instanceof QueryRequest query) {
            return query.toBuilder().returnConsumedCapacity(level).build();
        } else if (request instanceof ScanRequest scan) {
            return scan.toBuilder().returnConsumedCapacity(level).build();
        } else if (request instanceof BatchGetItemRequest batchGet) {
            return batchGet.toBuilder().returnConsumedCapacity(level).build();
        } else if (request instanceof BatchWriteItemRequest batchWrite) {
            return batchWrite.toBuilder().returnConsumedCapacity(level).build();
        } else if (request instanceof TransactGetItemsRequest transactGet) {
            return transactGet.toBuilder().returnConsumedCapacity(level).build();
        } else if (request instanceof TransactWriteItemsRequest transactWrite) {
            return transactWrite.toBuilder().returnConsumedCapacity(level).build();
        }
        return request;
    }

    /** What the answer says was consumed, table and indexes together, per table. */
    static List<ConsumedCapacity> consumed(SdkResponse response) {
        if (response instanceof GetItemResponse get) {
            return single(get.consumedCapacity());
        } else if (response instanceof PutItemResponse put) {
            return single(put.consumedCapacity());
        } else if (response instanceof UpdateItemResponse update) {
            return single(update.consumedCapacity());
        } else if (response instanceof DeleteItemResponse delete) {
            return single(delete.consumedCapacity());
        } else if (response instanceof QueryResponse query) {
            return single(query.consumedCapacity());
        } else if (response instanceof ScanResponse scan) {
            return single(scan.consumedCapacity());
        } else if (response instanceof BatchGetItemResponse batchGet) {
            return batchGet.consumedCapacity();
        } else if (response instanceof BatchWriteItemResponse batchWrite) {
            return batchWrite.consumedCapacity();
        } else if (response instanceof TransactGetItemsResponse transactGet) {
            return transactGet.consumedCapacity();
        } else if (response instanceof TransactWriteItemsResponse transactWrite) {
            return transactWrite.consumedCapacity();
        }
        return List.of();
    }

    private static List<ConsumedCapacity> single(ConsumedCapacity capacity) {
        return capacity == null ? List.of() : List.of(capacity);
    }
}
