package nl.rmt.intake.handlers.retention;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.rmt.intake.application.EraseExpiredPersonalData;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.casefile.RetentionPolicy;
import nl.rmt.intake.handlers.schedule.ScheduledHandler;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.Metric;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbCaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled daily: erases the personal data of closed cases past their retention and of cases that reached the
 * maximum age without closing. Days come from {@code RETENTION_DAYS_AFTER_CLOSE} and {@code RETENTION_MAX_AGE_DAYS}.
 */
public final class RetentionHandler implements ScheduledHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionHandler.class);
    /** Stop taking new cases this long before the function's timeout; the next run goes on where this one ended. */
    private static final long SAFETY_MARGIN_MILLIS = 30_000;

    private final EraseExpiredPersonalData retention;

    public RetentionHandler() {
        this(new EraseExpiredPersonalData(
                new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"),
                        new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))),
                policyFromSettings(),
                Clock.systemUTC()));
    }

    public RetentionHandler(EraseExpiredPersonalData retention) {
        this.retention = retention;
    }

    static RetentionPolicy policyFromSettings() {
        return new RetentionPolicy(
                days("RETENTION_DAYS_AFTER_CLOSE", Settings.required("RETENTION_DAYS_AFTER_CLOSE")),
                days("RETENTION_MAX_AGE_DAYS", Settings.required("RETENTION_MAX_AGE_DAYS")));
    }

    private static int days(String setting, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(setting + " must be a whole number of days, not '" + value + "'", e);
        }
    }

    /**
     * @param event EventBridge's scheduled event, unused (see {@link ScheduledHandler})
     */
    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> {
            BooleanSupplier timeLeft = () -> context == null
                    || context.getRemainingTimeInMillis() > SAFETY_MARGIN_MILLIS;
            List<EraseExpiredPersonalData.Erased> erased = retention.run(timeLeft);
            for (EraseExpiredPersonalData.Erased one : erased) {
                CaseLogContext.set(one.caseId());
                LOG.info("personal data erased: region={} why={}", one.region(), one.why());
            }
            CaseLogContext.clear();
            long afterClosing = erased.stream().filter(e -> e.why() == EraseExpiredPersonalData.Why.AFTER_CLOSING)
                    .count();
            LOG.info("retention run: erased={} afterClosing={} maximumAge={}", erased.size(), afterClosing,
                    erased.size() - afterClosing);
            // Zero too: a daily data point shows the schedule runs.
            metrics.add(Metric.PERSONAL_DATA_ERASED, erased.size(), null);
            return Map.of("erased", erased.size(), "afterClosing", (int) afterClosing,
                    "maximumAge", erased.size() - (int) afterClosing);
        });
    }
}
