package nl.rmt.intake.localstack.function;

import java.util.Optional;

/** A {@code Schedule} or {@code ScheduleV2} event: kept so the local runner can report it; not run on a timer. */
public record ScheduleSource(String name, String type, String scheduleExpression, Optional<String> input, boolean enabled)
        implements FunctionEvent {
}
