package nl.rmt.intake.localstack.runner.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Records of one shard handed to the function together.
 *
 * @param failedInvocations how often these records already failed as an unsplittable batch
 */
record StreamBatch(List<Entry> entries, int failedInvocations) {

    /** A stream record with its Lambda-shaped JSON. */
    record Entry(Record record, ObjectNode json) {

        String sequenceNumber() {
            return record.dynamodb().sequenceNumber();
        }

        Instant arrival() {
            Instant created = record.dynamodb().approximateCreationDateTime();
            return created != null ? created : Instant.now();
        }
    }

    StreamBatch {
        entries = List.copyOf(entries);
    }

    int size() {
        return entries.size();
    }

    String firstSequenceNumber() {
        return entries.get(0).sequenceNumber();
    }

    String lastSequenceNumber() {
        return entries.get(entries.size() - 1).sequenceNumber();
    }

    StreamBatch from(int index, int failedInvocations) {
        return new StreamBatch(entries.subList(index, entries.size()), failedInvocations);
    }

    StreamBatch firstHalf() {
        return new StreamBatch(entries.subList(0, entries.size() / 2), failedInvocations);
    }

    StreamBatch secondHalf() {
        return new StreamBatch(entries.subList(entries.size() / 2, entries.size()), failedInvocations);
    }
}
