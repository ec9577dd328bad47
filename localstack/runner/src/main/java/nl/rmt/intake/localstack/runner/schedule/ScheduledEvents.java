package nl.rmt.intake.localstack.runner.schedule;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.rmt.intake.localstack.function.ScheduleSource;
import nl.rmt.intake.localstack.template.StackSettings;

/**
 * What a scheduled function is invoked with: the event's {@code Input} when it has one, as EventBridge sends it,
 * otherwise EventBridge's scheduled event, naming the rule (or schedule) in {@code resources}.
 */
final class ScheduledEvents {

    private ScheduledEvents() {
    }

    static String event(ScheduleSource schedule, StackSettings stack, Instant time) {
        if (schedule.input().isPresent()) {
            return schedule.input().get();
        }
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", stack.accountId());
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", stack.region());
        event.putArray("resources").add(schedule.arn());
        event.putObject("detail");
        return event.toString();
    }
}
