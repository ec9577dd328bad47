package nl.rmt.intake.handlers.outbox;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.rmt.intake.application.CaseStore;
import nl.rmt.intake.application.DispatchOutbox;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.config.SqsClients;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.handlers.events.DynamodbStreamHandler;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.messaging.SqsQueuePublisher;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.Metrics;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbCaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads new outbox items from the table's stream and puts them on their queues. A message the queue refuses for
 * good is parked and the batch goes on. On any other failure it stops and reports that record, so that the stream
 * retries from there in order; records that keep failing end up, after the mapping's retries, in the outbox
 * failure queue, and their items, still PENDING, are sent by the sweeper ({@link OutboxSweepHandler}).
 */
public final class OutboxDispatchHandler implements DynamodbStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatchHandler.class);

    private final Dispatching dispatching;
    private final MetricsSink metricsSink;

    public OutboxDispatchHandler() {
        this(MetricsSink.standard());
    }

    public OutboxDispatchHandler(MetricsSink metricsSink) {
        this(Dispatching.standard(Settings.required("QUEUE_NAME_PREFIX")), metricsSink);
    }

    public OutboxDispatchHandler(Dispatching dispatching) {
        this(dispatching, MetricsSink.standard());
    }

    private OutboxDispatchHandler(Dispatching dispatching, MetricsSink metricsSink) {
        this.dispatching = dispatching;
        this.metricsSink = metricsSink;
    }

    /** What the stream and the sweeper share: the store, the dispatch, and each queue's partner type for metrics. */
    public record Dispatching(CaseStore store, DispatchOutbox dispatchOutbox,
            Map<String, PartnerType> partnerTypeByQueue) {

        public static Dispatching standard(String queueNamePrefix) {
            QueueNames queueNames = new QueueNames(queueNamePrefix);
            var store = new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"), queueNames);
            return of(store, new DispatchOutbox(store, new SqsQueuePublisher(SqsClients.sqs(), queueNames),
                    Clock.systemUTC()));
        }

        public static Dispatching of(CaseStore store, DispatchOutbox dispatchOutbox) {
            return new Dispatching(store, dispatchOutbox, RoutingData.loadDefault().partners().all().stream()
                    .collect(Collectors.toMap(Partner::queue, Partner::type, (first, second) -> first)));
        }
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return Invocation.observe(context, metricsSink, metrics -> dispatch(event, metrics));
    }

    private StreamsEventResponse dispatch(DynamodbEvent event, Metrics metrics) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            var change = record.getDynamodb();
            if (!OutboxRecord.isOutboxInsert(record.getEventName(), change.getKeys())) {
                continue;
            }
            CaseLogContext.clear();
            try {
                OutboxRecord outbox = OutboxRecord.from(change.getNewImage());
                CaseLogContext.set(outbox.caseId());
                DispatchOutbox.Dispatch dispatch =
                        dispatching.dispatchOutbox().dispatch(outbox.caseId(), outbox.message());
                OutboxOutcomes.record(outbox.message(), outbox.createdAt(), dispatch, metrics,
                        dispatching.partnerTypeByQueue());
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
