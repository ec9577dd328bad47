package nl.rmt.intake.localstack.function;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.localstack.template.IntrinsicResolver;

/**
 * Typed reads of one event's Properties. Each property is resolved when read, so a property the
 * local stack does not use (an authorizer naming a user pool, say) cannot fail the whole function.
 */
record EventProperties(Map<String, Object> properties, String where, IntrinsicResolver resolver) {

    Object raw(String name) {
        return resolver.resolve(properties.get(name), where + "." + name);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(raw(name)).map(String::valueOf);
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalArgumentException(where + "." + name + " is required"));
    }

    int integer(String name, int fallback) {
        return optional(name).map(Integer::parseInt).orElse(fallback);
    }

    boolean flag(String name, boolean fallback) {
        return optional(name).map(Boolean::parseBoolean).orElse(fallback);
    }

    List<String> texts(String name) {
        Object value = raw(name);
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    Optional<String> nested(String... path) {
        Object current = raw(path[0]);
        for (String step : Arrays.copyOfRange(path, 1, path.length)) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = map.get(step);
        }
        return Optional.ofNullable(current).map(String::valueOf);
    }
}
