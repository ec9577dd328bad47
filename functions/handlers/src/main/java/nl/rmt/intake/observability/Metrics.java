package nl.rmt.intake.observability;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of one invocation. Nothing is written until {@link #flush()}: one document per dimension value (or
 * fewer, see there), so that a batch of 25 records costs a few log lines rather than 25.
 */
public final class Metrics {

    public static final String NAMESPACE = "RmtIntake";

    private final MetricsSink sink;
    private final Clock clock;
    /** Keyed by dimension; the null key holds metrics recorded without one. */
    private final Map<Dimension, Map<Metric, List<Long>>> recorded = new LinkedHashMap<>();

    public Metrics(MetricsSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    public void count(Metric metric) {
        add(metric, 1, null);
    }

    public void count(Metric metric, Dimension dimension) {
        add(metric, 1, dimension);
    }

    /** @param dimension null for a metric without dimensions */
    public void add(Metric metric, long value, Dimension dimension) {
        List<Long> values = recorded.computeIfAbsent(dimension, key -> new EnumMap<>(Metric.class))
                .computeIfAbsent(metric, key -> new ArrayList<>());
        if (metric.unit() == Metric.Unit.COUNT && !values.isEmpty()) {
            values.set(0, values.get(0) + value);
        } else {
            values.add(value);
        }
    }

    /**
     * Writes everything recorded since the last flush and forgets it. Values recorded alike under several dimensions
     * (an intake counted once for its region and once for its first target group) share one document, published
     * under each of its dimensions: one log line instead of several.
     */
    public void flush() {
        long timestamp = clock.millis();
        List<EmfDocuments.Group> groups = new ArrayList<>();
        recorded.forEach((dimension, values) -> groups.stream().filter(group -> group.takes(dimension, values))
                .findFirst()
                .ifPresentOrElse(group -> group.dimensions().add(dimension),
                        () -> groups.add(EmfDocuments.Group.of(dimension, values))));
        groups.forEach(group -> EmfDocuments.render(timestamp, group).forEach(sink::write));
        recorded.clear();
    }
}
