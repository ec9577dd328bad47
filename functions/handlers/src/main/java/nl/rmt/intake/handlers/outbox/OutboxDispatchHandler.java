package nl.rmt.intake.handlers.outbox;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Clock;
import java.util.List;
import nl.rmt.intake.application.DispatchOutbox;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.messaging.SqsQueuePublisher;
import nl.rmt.intake.store.DynamoDbCaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads new outbox items from the table's stream and puts them on their queues. Stops at the first failure and
 * reports it, so that the stream retries from there in order; records that keep failing end up, after the
 * mapping's retries, in the outbox failure queue.
 */
public final class OutboxDispatchHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatchHandler.class);

    private final DispatchOutbox dispatchOutbox;

    public OutboxDispatchHandler() {
        this(dispatchOutbox(new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))));
    }

    public OutboxDispatchHandler(DispatchOutbox dispatchOutbox) {
        this.dispatchOutbox = dispatchOutbox;
    }

    private static DispatchOutbox dispatchOutbox(QueueNames queueNames) {
        return new DispatchOutbox(
                new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"), queueNames),
                new SqsQueuePublisher(AwsClients.sqs(), queueNames),
                Clock.systemUTC());
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            var change = record.getDynamodb();
            if (!OutboxRecord.isOutboxInsert(record.getEventName(), change.getKeys())) {
                continue;
            }
            try {
                OutboxRecord outbox = OutboxRecord.from(change.getNewImage());
                dispatchOutbox.dispatch(outbox.caseId(), outbox.message());
                LOG.info("outbox message sent: case={} message={} queue={}", outbox.caseId(),
                        outbox.message().id(), outbox.message().queue());
            } catch (RuntimeException e) {
                LOG.warn("outbox message not sent, will retry: sequence={} error={}", change.getSequenceNumber(),
                        e.getClass().getSimpleName());
                return StreamsEventResponse.builder()
                        .withBatchItemFailures(List.of(new StreamsEventResponse.BatchItemFailure(
                                change.getSequenceNumber())))
                        .build();
            }
        }
        return StreamsEventResponse.builder().withBatchItemFailures(List.of()).build();
    }
}
