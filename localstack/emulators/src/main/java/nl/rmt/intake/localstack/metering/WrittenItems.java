package nl.rmt.intake.localstack.metering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The items a write request writes, each with what it becomes when that is known from the request itself. */
final class WrittenItems {

    /**
     * @param put     the whole new item of a put, else null
     * @param deleted whether the item is deleted
     */
    record Written(ItemReads.ItemKey key, Map<String, AttributeValue> put, boolean deleted) {

        boolean readAfter() {
            return put == null && !deleted;
        }
    }

    private WrittenItems() {
    }

    /** The items a request writes; none for a request the meter does not size itself. */
    static List<Written> of(SdkRequest request, ItemReads reads) {
        List<Written> written = new ArrayList<>();
        if (request instanceof TransactWriteItemsRequest transaction) {
            for (TransactWriteItem item : transaction.transactItems()) {
                if (item.put() != null) {
                    written.add(put(item.put().tableName(), item.put().item(), reads));
                } else if (item.update() != null) {
                    written.add(new Written(new ItemReads.ItemKey(item.update().tableName(), item.update().key()),
                            null, false));
                } else if (item.delete() != null) {
                    written.add(new Written(new ItemReads.ItemKey(item.delete().tableName(), item.delete().key()),
                            null, true));
                }
                // A condition check writes nothing; this project's transactions have none.
            }
        } else if (request instanceof PutItemRequest put) {
            written.add(put(put.tableName(), put.item(), reads));
        } else if (request instanceof UpdateItemRequest update) {
            written.add(new Written(new ItemReads.ItemKey(update.tableName(), update.key()), null, false));
        } else if (request instanceof DeleteItemRequest delete) {
            written.add(new Written(new ItemReads.ItemKey(delete.tableName(), delete.key()), null, true));
        }
        return written;
    }

    private static Written put(String table, Map<String, AttributeValue> item, ItemReads reads) {
        return new Written(new ItemReads.ItemKey(table, ItemReads.keyOf(reads.shape(table), item)), item, false);
    }
}
