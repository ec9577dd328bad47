package nl.rmt.intake.handlers.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.rmt.intake.application.DispatchOutbox;
import nl.rmt.intake.application.OutboxMessage;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.observability.Dimension;
import nl.rmt.intake.observability.Metric;
import nl.rmt.intake.observability.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs and counts what became of a dispatched outbox message, the same way for the stream and the sweeper. */
final class OutboxOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxOutcomes.class);

    private OutboxOutcomes() {
    }

    /**
     * The caller has put the message's case in the log context ({@code correlation_id}), so the lines do not repeat it.
     *
     * @param createdAt when the change that caused the message was stored, or null when not known
     */
    static void record(OutboxMessage message, Instant createdAt, DispatchOutbox.Dispatch dispatch,
            Metrics metrics, Map<String, PartnerType> partnerTypeByQueue) {
        switch (dispatch.outcome()) {
            case DISCARDED -> LOG.info("outbox message discarded, the case's personal data was erased: message={}",
                    message.id());
            case PARKED -> {
                LOG.warn("outbox message refused for good, parked for the desk: message={} reason={}",
                        message.id(), dispatch.reason());
                metrics.count(Metric.MESSAGES_PARKED);
            }
            case SENT -> {
                LOG.info("outbox message sent: message={} queue={}", message.id(), message.queue());
                countSent(message, createdAt, dispatch.at(), metrics, partnerTypeByQueue);
            }
        }
    }

    private static void countSent(OutboxMessage message, Instant createdAt, Instant sentAt, Metrics metrics,
            Map<String, PartnerType> partnerTypeByQueue) {
        OutboxMessage.Kind kind = message.kind();
        if (kind == OutboxMessage.Kind.CONFIRMATION || kind == OutboxMessage.Kind.CITIZEN_UPDATE) {
            return;
        }
        metrics.count(Metric.PARTNER_MESSAGES_SENT, Dimension.partnerType(partnerTypeByQueue.get(message.queue())));
        // Only the first lead's message completes routing; a later handover is a re-route, not routing latency.
        if (kind == OutboxMessage.Kind.LEAD && createdAt != null) {
            metrics.add(Metric.ROUTING_LATENCY, Duration.between(createdAt, sentAt).toMillis(), null);
        }
    }
}
