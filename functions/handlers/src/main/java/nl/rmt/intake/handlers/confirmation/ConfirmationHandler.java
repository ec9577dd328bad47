package nl.rmt.intake.handlers.confirmation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.rmt.intake.application.CaseStore;
import nl.rmt.intake.application.CitizenUpdate;
import nl.rmt.intake.application.ConfirmationRequest;
import nl.rmt.intake.application.Mailer;
import nl.rmt.intake.application.SendCaseUpdate;
import nl.rmt.intake.application.SendConfirmation;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.SesClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.handlers.events.SqsBatchHandler;
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
 * another organisation takes the lead. A message that cannot be handled now is reported as a failure together
 * with the later messages of its group (its case) in the batch, which keeps each case's emails in order; the
 * messages of other cases go on. Lambda deletes exactly the messages not reported. An email refused for good is
 * parked on its case, not retried; messages that keep failing for another reason go to the DLQ.
 */
public final class ConfirmationHandler implements SqsBatchHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConfirmationHandler.class);
    /**
     * Far longer than an attempt can take (the function's timeout is 20 s): a claim older than this was left by an
     * attempt that stopped, and is settled as of unknown outcome rather than sent again.
     */
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
    /** The SES call's own timeout (8 s) and the writes around it. */
    private static final Duration MIN_REMAINING_FOR_A_SEND = Duration.ofSeconds(12);
    private static final String MESSAGE_GROUP = "MessageGroupId";

    private final SendConfirmation sendConfirmation;
    private final SendCaseUpdate sendCaseUpdate;

    public ConfirmationHandler() {
        this(new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"),
                        new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))),
                new SesMailer(SesClients.sesV2(), Settings.required("SENDER_ADDRESS"),
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
            Set<String> waitingGroups = new HashSet<>();
            for (SQSEvent.SQSMessage message : event.getRecords()) {
                String group = message.getAttributes() == null ? null : message.getAttributes().get(MESSAGE_GROUP);
                boolean behindAFailure = group != null && waitingGroups.contains(group);
                if (behindAFailure || !timeLeftForASend(context) || !handled(message, metrics)) {
                    if (group != null) {
                        waitingGroups.add(group);
                    }
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                }
            }
            return new SQSBatchResponse(failures);
        });
    }

    /** A send cut off by the function's timeout would leave its outcome unknown; leave it to the next delivery. */
    private static boolean timeLeftForASend(Context context) {
        return context == null || context.getRemainingTimeInMillis() > MIN_REMAINING_FOR_A_SEND.toMillis();
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
            LOG.info("{}: result={}", request.isUpdate() ? "update email" : "confirmation", result);
            if (result == SendConfirmation.Result.SENT) {
                metrics.count(request.isUpdate() ? Metric.UPDATE_EMAILS_SENT : Metric.CONFIRMATIONS_SENT);
            }
            if (result == SendConfirmation.Result.PARKED) {
                metrics.count(Metric.MESSAGES_PARKED);
            }
            return result != SendConfirmation.Result.NOT_ROUTED_YET
                    && result != SendConfirmation.Result.CLAIMED_ELSEWHERE;
        } catch (RuntimeException e) {
            LOG.warn("confirmation failed, will retry: message={} error={}", message.getMessageId(),
                    e.getClass().getSimpleName());
            return false;
        }
    }
}
