package nl.rmt.intake.localstack.function;

import java.util.Optional;

/**
 * A {@code Schedule} (an EventBridge rule) or {@code ScheduleV2} (an EventBridge Scheduler schedule) event.
 *
 * @param scheduleExpression {@code rate(...)}, {@code cron(...)} or, for ScheduleV2, {@code at(...)}
 * @param input              the event's {@code Input}: what the function gets instead of the scheduled event
 * @param timezone           ScheduleV2's {@code ScheduleExpressionTimezone}; rules always run in UTC
 * @param arn                the rule's or schedule's ARN, as the scheduled event's {@code resources} name it
 */
public record ScheduleSource(String name, String type, String scheduleExpression, Optional<String> input,
                             boolean enabled, Optional<String> timezone, String arn) implements FunctionEvent {
}
