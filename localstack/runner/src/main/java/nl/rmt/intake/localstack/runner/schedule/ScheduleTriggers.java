package nl.rmt.intake.localstack.runner.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.rmt.intake.localstack.function.ScheduleSource;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import nl.rmt.intake.localstack.template.StackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The template's Schedule and ScheduleV2 events, and invoking their functions as a firing would. */
public final class ScheduleTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleTriggers.class);

    /** One schedule of one function. */
    public record Scheduled(LambdaFunction function, ScheduleSource source) {

        public String functionLogicalId() {
            return function.definition().logicalId();
        }

        /** For messages, such as {@code EscalationFunction: Hourly rate(1 hour)}. */
        public String description() {
            return functionLogicalId() + ": " + source.name() + " " + source.scheduleExpression()
                    + (source.enabled() ? "" : " (disabled)");
        }

        /** Where cron and at times are read: UTC for rules, the schedule's own time zone for ScheduleV2. */
        public ZoneId zone() {
            return source.timezone().<ZoneId>map(ZoneId::of).orElse(ZoneOffset.UTC);
        }
    }

    private final List<Scheduled> schedules;
    private final StackSettings stack;
    private final Clock clock;

    public ScheduleTriggers(Collection<LambdaFunction> functions, StackSettings stack, Clock clock) {
        List<Scheduled> found = new ArrayList<>();
        for (LambdaFunction function : functions) {
            function.definition().events(ScheduleSource.class).forEach(source -> found.add(new Scheduled(function, source)));
        }
        this.schedules = List.copyOf(found);
        this.stack = stack;
        this.clock = clock;
    }

    public List<Scheduled> schedules() {
        return schedules;
    }

    public boolean hasSchedule(String functionLogicalId) {
        return schedules.stream().anyMatch(schedule -> schedule.functionLogicalId().equals(functionLogicalId));
    }

    /**
     * Invokes the function as its first schedule firing now would, disabled or not; returns its result as JSON.
     *
     * @throws IllegalArgumentException when the function has no schedule
     * @throws FunctionFailure          when the function throws
     */
    public String trigger(String functionLogicalId) {
        Scheduled schedule = schedules.stream().filter(candidate -> candidate.functionLogicalId().equals(functionLogicalId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No function '" + functionLogicalId
                        + "' with a Schedule or ScheduleV2 event; scheduled are "
                        + schedules.stream().map(Scheduled::functionLogicalId).distinct().toList()));
        return fire(schedule, clock.instant());
    }

    /** One firing at {@code time}, as the event's {@code time} says. */
    String fire(Scheduled schedule, Instant time) {
        LOG.info("{}: schedule {} fires", schedule.functionLogicalId(), schedule.source().name());
        return schedule.function().invoke(ScheduledEvents.event(schedule.source(), stack, time));
    }
}
