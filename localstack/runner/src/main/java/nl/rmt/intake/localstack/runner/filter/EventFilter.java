package nl.rmt.intake.localstack.runner.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** An event source's FilterCriteria: no patterns lets everything through, otherwise any pattern must match. */
public final class EventFilter {

    private final List<EventPattern> patterns;

    private EventFilter(List<EventPattern> patterns) {
        this.patterns = patterns;
    }

    public static EventFilter of(List<String> patternJson) {
        return new EventFilter(patternJson.stream().map(EventPattern::parse).toList());
    }

    public boolean accepts(JsonNode record) {
        return patterns.isEmpty() || patterns.stream().anyMatch(pattern -> pattern.matches(record));
    }
}
