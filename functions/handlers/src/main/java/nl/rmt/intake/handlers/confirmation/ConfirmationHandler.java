package nl.rmt.intake.handlers.confirmation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.rmt.intake.application.CaseStore;
import nl.rmt.intake.application.CitizenUpdate;
import nl.rmt.intake.application.ConfirmationRequest;
import nl.rmt.intake.application.Mailer;
import nl.rmt.intake.application.SendCaseUpdate;
import nl.rmt.intake.application.SendConfirmation;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.mail.SesMailer;
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
 * Sends the citizen emails requested on the confirmation queue: the confirmation, and an update whenever
 * another organisation takes the lead. On the first message that cannot be handled now,
 * that message and the rest of the batch are reported as failures: the queue is FIFO, and Lambda requires the
 * remainder of a FIFO batch to be returned once one message fails. Messages that keep failing go to the DLQ.
 */
public final class ConfirmationHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(ConfirmationHandler.class);
    /** Longer than a send takes, shorter than the queue's visibility timeout, so a crashed claim is retried. */
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private final SendConfirmation sendConfirmation;
    private final SendCaseUpdate sendCaseUpdate;

    public ConfirmationHandler() {
        this(new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"),
                        new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))),
                new SesMailer(AwsClients.sesV2(), Settings.required("SENDER_ADDRESS"),
                        Settings.optional("SES_CONFIGURATION_SET").orElse(null)),
                RoutingData.loadDefault());
    }

    private ConfirmationHandler(CaseStore store, Mailer mailer, RoutingData routing) {
        this(new SendConfirmation(store, mailer, routing, Clock.systemUTC(), CLAIM_LEASE,
                        Settings.required("WITHDRAWAL_URL"), new SecureRandom()),
                new SendCaseUpdate(store, mailer, routing, Clock.systemUTC(), CLAIM_LEASE));
    }

    public ConfirmationHandler(SendConfirmation sendConfirmation, SendCaseUpdate sendCaseUpdate) {
        this.sendConfirmation = sendConfirmation;
        this.sendCaseUpdate = sendCaseUpdate;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> {
            List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
            for (SQSEvent.SQSMessage message : event.getRecords()) {
                if (!failures.isEmpty() || !handled(message, metrics)) {
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                }
            }
            return new SQSBatchResponse(failures);
        });
    }

    private boolean handled(SQSEvent.SQSMessage message, Metrics metrics) {
        CaseLogContext.clear();
        try {
            ConfirmationRequest request = Json.read(message.getBody(), ConfirmationRequest.class);
            String caseId = request.caseId();
            CaseLogContext.set(caseId);
            SendConfirmation.Result result = request.isUpdate()
                    ? sendCaseUpdate.send(caseId, request.round(), CitizenUpdate.Reason.valueOf(request.reason()))
                    : sendConfirmation.send(caseId);
            LOG.info("{}: case={} result={}", request.isUpdate() ? "update email" : "confirmation", caseId, result);
            if (result == SendConfirmation.Result.SENT) {
                metrics.count(request.isUpdate() ? Metric.UPDATE_EMAILS_SENT : Metric.CONFIRMATIONS_SENT);
            }
            return result == SendConfirmation.Result.SENT || result == SendConfirmation.Result.ALREADY_SENT
                    || result == SendConfirmation.Result.NOT_NEEDED;
        } catch (RuntimeException e) {
            LOG.warn("confirmation failed, will retry: message={} error={}", message.getMessageId(),
                    e.getClass().getSimpleName());
            return false;
        }
    }
}
