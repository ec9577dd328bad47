package nl.rmt.intake.handlers.escalation;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.application.EscalateOverdueLeads;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.calendar.DutchHolidays;
import nl.rmt.intake.domain.calendar.EscalationPolicy;
import nl.rmt.intake.domain.calendar.WorkingDays;
import nl.rmt.intake.handlers.schedule.ScheduledHandler;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.Metric;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbCaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Scheduled: escalates to the regional desk every lead that has not accepted within 5 working days. */
public final class EscalationHandler implements ScheduledHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationHandler.class);
    private static final int WORKING_DAYS_TO_ACCEPT = 5;

    private final EscalateOverdueLeads escalate;

    public EscalationHandler() {
        this(new EscalateOverdueLeads(
                new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"),
                        new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))),
                IntakeTriage.loadDefault(),
                new EscalationPolicy(new WorkingDays(new DutchHolidays()), WORKING_DAYS_TO_ACCEPT),
                Clock.systemUTC()));
    }

    public EscalationHandler(EscalateOverdueLeads escalate) {
        this.escalate = escalate;
    }

    /**
     * @param event EventBridge's scheduled event, unused (see {@link ScheduledHandler})
     */
    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> {
            List<EscalateOverdueLeads.Escalated> escalated = escalate.run();
            for (EscalateOverdueLeads.Escalated one : escalated) {
                CaseLogContext.set(one.caseId());
                LOG.info("lead escalated: region={} from={} to={}", one.region(),
                        one.fromPartnerId(), one.toPartnerId());
            }
            CaseLogContext.clear();
            LOG.info("escalation run: escalated={}", escalated.size());
            // Zero too: an hourly data point shows the schedule runs.
            metrics.add(Metric.ESCALATIONS, escalated.size(), null);
            return Map.of("escalated", escalated.size());
        });
    }
}
