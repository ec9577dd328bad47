package nl.rmt.intake.localstack.function;

import java.util.Map;

/** An event type the local stack does not emulate, kept as written. */
public record UnsupportedEvent(String name, String type, Map<String, Object> properties) implements FunctionEvent {
}
