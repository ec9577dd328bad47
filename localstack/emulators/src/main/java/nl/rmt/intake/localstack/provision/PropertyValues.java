package nl.rmt.intake.localstack.provision;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Typed reads of resolved resource properties, failing with the place in the template when a shape is wrong. */
final class PropertyValues {

    private final Map<String, Object> properties;
    private final String where;

    PropertyValues(Map<String, Object> properties, String where) {
        this.properties = properties;
        this.where = where;
    }

    boolean has(String name) {
        return properties.containsKey(name);
    }

    String text(String name) {
        Object value = properties.get(name);
        return value == null ? null : String.valueOf(value);
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null) {
            throw new IllegalArgumentException(where + "." + name + " is required");
        }
        return value;
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(text(name));
    }

    Long number(String name) {
        String value = text(name);
        return value == null ? null : Long.valueOf(value);
    }

    PropertyValues object(String name) {
        Object value = properties.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + "." + name + " must be a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) map;
        return new PropertyValues(nested, where + "." + name);
    }

    List<PropertyValues> objects(String name) {
        Object value = properties.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + "." + name + " must be a list");
        }
        return IntStream.range(0, list.size()).mapToObj(index -> {
            Object item = list.get(index);
            if (!(item instanceof Map<?, ?>)) {
                throw new IllegalArgumentException(where + "." + name + "[" + index + "] must be a mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) item;
            return new PropertyValues(nested, where + "." + name + "[" + index + "]");
        }).toList();
    }

    List<String> texts(String name) {
        Object value = properties.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + "." + name + " must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    Object raw(String name) {
        return properties.get(name);
    }

    String where() {
        return where;
    }
}
