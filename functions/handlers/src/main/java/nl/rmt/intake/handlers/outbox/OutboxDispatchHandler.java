package nl.rmt.intake.handlers.outbox;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import nl.rmt.intake.application.DispatchOutbox;
import nl.rmt.intake.application.OutboxMessage;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.messaging.SqsQueuePublisher;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Dimension;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.Metric;
import nl.rmt.intake.observability.Metrics;
import nl.rmt.intake.observability.MetricsSink;
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
    private final Map<String, PartnerType> partnerTypeByQueue;
    private final MetricsSink metricsSink;

    public OutboxDispatchHandler() {
        this(MetricsSink.standard());
    }

    public OutboxDispatchHandler(MetricsSink metricsSink) {
        this(dispatchOutbox(new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))), metricsSink);
    }

    public OutboxDispatchHandler(DispatchOutbox dispatchOutbox) {
        this(dispatchOutbox, MetricsSink.standard());
    }

    private OutboxDispatchHandler(DispatchOutbox dispatchOutbox, MetricsSink metricsSink) {
        this.dispatchOutbox = dispatchOutbox;
        this.partnerTypeByQueue = RoutingData.loadDefault().partners().all().stream()
                .collect(Collectors.toMap(Partner::queue, Partner::type, (first, second) -> first));
        this.metricsSink = metricsSink;
    }

    private static DispatchOutbox dispatchOutbox(QueueNames queueNames) {
        return new DispatchOutbox(
                new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"), queueNames),
                new SqsQueuePublisher(AwsClients.sqs(), queueNames),
                Clock.systemUTC());
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
                Optional<Instant> sentAt = dispatchOutbox.dispatch(outbox.caseId(), outbox.message());
                if (sentAt.isEmpty()) {
                    LOG.info("outbox message discarded, the case's personal data was erased: case={} message={}",
                            outbox.caseId(), outbox.message().id());
                    continue;
                }
                LOG.info("outbox message sent: case={} message={} queue={}", outbox.caseId(),
                        outbox.message().id(), outbox.message().queue());
                recordSent(outbox, sentAt.get(), metrics);
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

    private void recordSent(OutboxRecord outbox, Instant sentAt, Metrics metrics) {
        OutboxMessage.Kind kind = outbox.message().kind();
        if (kind == OutboxMessage.Kind.CONFIRMATION || kind == OutboxMessage.Kind.CITIZEN_UPDATE) {
            return;
        }
        metrics.count(Metric.PARTNER_MESSAGES_SENT,
                Dimension.partnerType(partnerTypeByQueue.get(outbox.message().queue())));
        // Only the first lead's message completes routing; a later handover is a re-route, not routing latency.
        if (kind == OutboxMessage.Kind.LEAD && outbox.createdAt() != null) {
            metrics.add(Metric.ROUTING_LATENCY, Duration.between(outbox.createdAt(), sentAt).toMillis(), null);
        }
    }
}
