package nl.rmt.intake.localstack.runner.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One FilterCriteria pattern of an event source mapping, matched the way Lambda matches it: every field
 * of the pattern must match; nested objects match nested objects; a list of values matches when any of
 * them does (and an event list matches when any element does). Supported value rules: literals, and the
 * operators {@code prefix}, {@code suffix}, {@code exists}, {@code anything-but}, {@code numeric} and
 * {@code equals-ignore-case}.
 */
public final class EventPattern {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OPERATORS = Set.of(
            "exists", "prefix", "suffix", "equals-ignore-case", "anything-but", "numeric");

    private final JsonNode pattern;

    private EventPattern(JsonNode pattern) {
        this.pattern = pattern;
    }

    public static EventPattern parse(String json) {
        JsonNode pattern;
        try {
            pattern = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Filter pattern is not JSON: " + json, e);
        }
        if (!pattern.isObject()) {
            throw new IllegalArgumentException("Filter pattern must be a JSON object: " + json);
        }
        validate(pattern, json);
        return new EventPattern(pattern);
    }

    public boolean matches(JsonNode event) {
        return matchesObject(pattern, event);
    }

    private static boolean matchesObject(JsonNode patternObject, JsonNode event) {
        for (Map.Entry<String, JsonNode> field : patternObject.properties()) {
            JsonNode value = event == null || !event.isObject() ? null : event.get(field.getKey());
            JsonNode rule = field.getValue();
            boolean matched = rule.isObject() ? value != null && matchesObject(rule, value) : matchesAnyRule(rule, value);
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAnyRule(JsonNode rules, JsonNode value) {
        for (JsonNode rule : rules) {
            if (rule.isObject() ? matchesOperator(rule, value) : matchesValue(value, candidate -> equal(rule, candidate))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesOperator(JsonNode rule, JsonNode value) {
        Map.Entry<String, JsonNode> operator = rule.properties().iterator().next();
        JsonNode argument = operator.getValue();
        return switch (operator.getKey()) {
            case "exists" -> argument.asBoolean() == (value != null);
            case "prefix" -> matchesValue(value, candidate -> candidate.isTextual() && candidate.asText().startsWith(argument.asText()));
            case "suffix" -> matchesValue(value, candidate -> candidate.isTextual() && candidate.asText().endsWith(argument.asText()));
            case "equals-ignore-case" -> matchesValue(value, candidate -> candidate.isTextual()
                    && candidate.asText().equalsIgnoreCase(argument.asText()));
            case "anything-but" -> value != null && !matchesValue(value, candidate -> anythingButExcludes(argument, candidate));
            case "numeric" -> matchesValue(value, candidate -> numericMatches(argument, candidate));
            default -> throw new IllegalStateException("Unsupported filter operator " + operator.getKey());
        };
    }

    private static boolean anythingButExcludes(JsonNode argument, JsonNode candidate) {
        if (argument.isArray()) {
            for (JsonNode excluded : argument) {
                if (equal(excluded, candidate)) {
                    return true;
                }
            }
            return false;
        }
        if (argument.isObject() && argument.has("prefix")) {
            return candidate.isTextual() && candidate.asText().startsWith(argument.get("prefix").asText());
        }
        return equal(argument, candidate);
    }

    private static boolean numericMatches(JsonNode comparisons, JsonNode candidate) {
        BigDecimal number = number(candidate);
        if (number == null) {
            return false;
        }
        for (int i = 0; i + 1 < comparisons.size(); i += 2) {
            int order = number.compareTo(comparisons.get(i + 1).decimalValue());
            boolean holds = switch (comparisons.get(i).asText()) {
                case "=" -> order == 0;
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                case ">=" -> order >= 0;
                default -> throw new IllegalStateException("Unsupported numeric comparison " + comparisons.get(i));
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** An event list matches a rule when any of its elements does. */
    private static boolean matchesValue(JsonNode value, Predicate<JsonNode> test) {
        if (value == null) {
            return false;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (test.test(element)) {
                    return true;
                }
            }
            return false;
        }
        return test.test(value);
    }

    private static boolean equal(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    /** Leaves must be lists, as Lambda requires; fails on load rather than at the first record. */
    private static void validate(JsonNode node, String source) {
        node.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isObject()) {
                validate(value, source);
            } else if (!value.isArray()) {
                throw new IllegalArgumentException("Filter pattern field '" + field.getKey()
                        + "' must hold a list of values or a nested object: " + source);
            } else {
                for (JsonNode rule : value) {
                    if (rule.isObject() && (rule.size() != 1 || !OPERATORS.contains(rule.fieldNames().next()))) {
                        throw new IllegalArgumentException("Unsupported filter rule " + rule + " in " + source);
                    }
                }
            }
        });
    }
}
