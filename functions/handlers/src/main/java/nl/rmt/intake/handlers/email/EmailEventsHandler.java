package nl.rmt.intake.handlers.email;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import nl.rmt.intake.application.CaseStore;
import nl.rmt.intake.application.EmailEvent;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.handlers.events.SnsHandler;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.mail.EmailTags;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.Metric;
import nl.rmt.intake.observability.Metrics;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbCaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records SES bounces and complaints on the case the email was about, found by the email's {@code caseId} tag.
 * The recipient's address in the event is never stored or logged. An event that cannot be read throws, so that
 * SNS retries it and then hands it to the function's dead-letter queue.
 */
public final class EmailEventsHandler implements SnsHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EmailEventsHandler.class);

    private final CaseStore store;

    public EmailEventsHandler() {
        this(new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"),
                new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))));
    }

    public EmailEventsHandler(CaseStore store) {
        this.store = store;
    }

    /** @return how many events were recorded on a case */
    @Override
    public Integer handleRequest(SNSEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> record(event, metrics));
    }

    private int record(SNSEvent event, Metrics metrics) {
        int recorded = 0;
        for (SNSEvent.SNSRecord record : event.getRecords()) {
            CaseLogContext.clear();
            JsonNode sesEvent = Json.read(record.getSNS().getMessage(), JsonNode.class);
            String type = sesEvent.path("eventType").asText(sesEvent.path("notificationType").asText(""));
            if (!type.equals("Bounce") && !type.equals("Complaint")) {
                continue;
            }
            // Counted whether or not the email names its case: SES judges the sender on every bounce.
            metrics.count(type.equals("Bounce") ? Metric.EMAIL_BOUNCES : Metric.EMAIL_COMPLAINTS);
            JsonNode caseIds = sesEvent.path("mail").path("tags").path(EmailTags.CASE_ID);
            if (!caseIds.isArray() || caseIds.isEmpty()) {
                LOG.warn("email event without a case tag: type={}", type);
                continue;
            }
            String caseId = caseIds.get(0).asText();
            CaseLogContext.set(caseId);
            JsonNode detail = sesEvent.path(type.toLowerCase(java.util.Locale.ROOT));
            String subType = type.equals("Bounce")
                    ? detail.path("bounceType").asText(null)
                    : detail.path("complaintFeedbackType").asText(null);
            Instant at = detail.hasNonNull("timestamp") ? Instant.parse(detail.get("timestamp").asText()) : Instant.now();
            boolean stored = store.recordEmailEvent(caseId,
                    new EmailEvent(type, subType, at, sesEvent.path("mail").path("messageId").asText("")));
            LOG.info("email event: type={} subType={} recorded={}", type, subType, stored);
            if (stored) {
                recorded++;
            }
        }
        return recorded;
    }
}
