package nl.rmt.intake.localstack.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates CloudFormation intrinsic functions against local values: parameters (defaults or
 * overrides), pseudo parameters, conditions, mappings and the resources that exist in the emulators.
 * Anything that cannot be known locally fails with the logical id and the place it was used.
 */
public final class IntrinsicResolver {

    private static final Object NO_VALUE = new Object();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateModel template;
    private final StackSettings stack;
    private final ResourceAttributes resources;
    private final Map<String, Boolean> evaluatedConditions = new HashMap<>();
    private final Set<String> conditionsInProgress = new LinkedHashSet<>();

    public IntrinsicResolver(TemplateModel template, StackSettings stack, ResourceAttributes resources) {
        this.template = template;
        this.stack = stack;
        this.resources = resources;
        for (String overridden : stack.parameterOverrides().keySet()) {
            if (!template.parameters().containsKey(overridden)) {
                throw new IllegalArgumentException("Parameter override '" + overridden + "' names no parameter of "
                        + template.source() + "; it has " + template.parameters().keySet());
            }
        }
    }

    public StackSettings stack() {
        return stack;
    }

    /**
     * Resolves every intrinsic function inside {@code value}; entries that resolve to AWS::NoValue are
     * dropped. {@code where} names the place in the template, for error messages.
     */
    public Object resolve(Object value, String where) {
        Object resolved = walk(value, where);
        return resolved == NO_VALUE ? null : resolved;
    }

    /** Resolves {@code value} and requires a scalar, returned as text. */
    public String resolveString(Object value, String where) {
        Object resolved = resolve(value, where);
        if (resolved instanceof Map<?, ?> || resolved instanceof List<?> || resolved == null) {
            throw new IllegalArgumentException(where + ": expected a text value, got " + resolved);
        }
        return String.valueOf(resolved);
    }

    /** Evaluates a named entry of Conditions. */
    public boolean condition(String name) {
        Boolean known = evaluatedConditions.get(name);
        if (known != null) {
            return known;
        }
        Object expression = template.conditions().get(name);
        if (expression == null) {
            throw new IllegalArgumentException("Unknown condition '" + name + "'; " + template.source()
                    + " defines " + template.conditions().keySet());
        }
        if (!conditionsInProgress.add(name)) {
            throw new IllegalArgumentException("Conditions refer to each other in a cycle: " + conditionsInProgress);
        }
        try {
            boolean value = evaluateCondition(expression, "Conditions." + name);
            evaluatedConditions.put(name, value);
            return value;
        } finally {
            conditionsInProgress.remove(name);
        }
    }

    /** Whether a resource exists in this deployment, following its Condition if it has one. */
    public boolean exists(TemplateResource resource) {
        return resource.condition().map(this::condition).orElse(true);
    }

    /** The value {@code Ref} gives for a parameter, as text (lists joined with commas). */
    public Object parameterValue(String name) {
        TemplateParameter parameter = template.parameters().get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("Unknown parameter '" + name + "'");
        }
        String override = stack.parameterOverrides().get(name);
        Object value = override != null ? override : parameter.defaultValue().orElseThrow(() ->
                new IllegalArgumentException("Parameter '" + name + "' has no Default in " + template.source()
                        + "; give it a value with a parameter override"));
        if (parameter.type().startsWith("List<") || parameter.type().equals("CommaDelimitedList")) {
            return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : splitList(String.valueOf(value));
        }
        return value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
    }

    private Object walk(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            if (Intrinsics.isIntrinsic(map)) {
                Map.Entry<?, ?> call = map.entrySet().iterator().next();
                return call((String) call.getKey(), call.getValue(), where);
            }
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                Object resolvedItem = walk(item, where + "." + key);
                if (resolvedItem != NO_VALUE) {
                    resolved.put(String.valueOf(key), resolvedItem);
                }
            });
            return resolved;
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object resolvedItem = walk(list.get(i), where + "[" + i + "]");
                if (resolvedItem != NO_VALUE) {
                    resolved.add(resolvedItem);
                }
            }
            return resolved;
        }
        return value;
    }

    private Object call(String function, Object arguments, String where) {
        String at = where + " (" + function + ")";
        return switch (function) {
            case "Ref" -> ref(text(walk(arguments, at), at), at);
            case "Fn::GetAtt" -> getAtt(arguments, at);
            case "Fn::Sub" -> sub(arguments, at);
            case "Fn::Join" -> join(arguments, at);
            case "Fn::Select" -> select(arguments, at);
            case "Fn::Split" -> split(arguments, at);
            case "Fn::If" -> ifThenElse(arguments, at);
            case "Fn::FindInMap" -> findInMap(arguments, at);
            case "Fn::Base64" -> Base64.getEncoder().encodeToString(
                    text(walk(arguments, at), at).getBytes(StandardCharsets.UTF_8));
            case "Fn::GetAZs" -> List.of(stack.region() + "a", stack.region() + "b", stack.region() + "c");
            case "Fn::Length" -> list(walk(arguments, at), at).size();
            case "Fn::ToJsonString" -> toJson(walk(arguments, at), at);
            case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or" -> evaluateCondition(Map.of(function, arguments), at);
            case "Fn::ImportValue" -> throw new IllegalArgumentException(at + ": the export '" + walk(arguments, at)
                    + "' belongs to another stack and has no local value; pass it in as a parameter instead");
            default -> throw new IllegalArgumentException(at + ": " + function + " is not supported locally");
        };
    }

    private Object ref(String name, String where) {
        if (name.startsWith("AWS::")) {
            return pseudoParameter(name, where);
        }
        if (template.parameters().containsKey(name)) {
            return parameterValue(name);
        }
        TemplateResource resource = template.resource(name).orElseThrow(() -> new IllegalArgumentException(
                where + ": Ref to '" + name + "', which is no parameter, pseudo parameter or resource of "
                        + template.source()));
        requireExists(resource, where);
        return resources.ref(name)
                .or(() -> LocalNames.ref(resource, this))
                .orElseThrow(() -> new IllegalArgumentException(where + ": Ref to '" + name + "' (" + resource.type()
                        + ") has no local value: that resource type is not emulated"));
    }

    private Object pseudoParameter(String name, String where) {
        return switch (name) {
            case "AWS::StackName" -> stack.stackName();
            case "AWS::Region" -> stack.region();
            case "AWS::AccountId" -> stack.accountId();
            case "AWS::Partition" -> stack.partition();
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::StackId" -> "arn:aws:cloudformation:" + stack.region() + ":" + stack.accountId() + ":stack/"
                    + stack.stackName() + "/00000000-0000-0000-0000-000000000000";
            case "AWS::NotificationARNs" -> List.of();
            case "AWS::NoValue" -> NO_VALUE;
            default -> throw new IllegalArgumentException(where + ": unknown pseudo parameter " + name);
        };
    }

    private Object getAtt(Object arguments, String where) {
        List<?> parts = list(walk(arguments, where), where);
        if (parts.size() != 2) {
            throw new IllegalArgumentException(where + ": Fn::GetAtt takes [LogicalId, Attribute], got " + parts);
        }
        return attribute(text(parts.get(0), where), text(parts.get(1), where), where);
    }

    private String attribute(String logicalId, String attribute, String where) {
        TemplateResource resource = template.resource(logicalId).orElseThrow(() -> new IllegalArgumentException(
                where + ": Fn::GetAtt " + logicalId + "." + attribute + " names no resource of " + template.source()));
        requireExists(resource, where);
        return resources.attribute(logicalId, attribute)
                .or(() -> LocalNames.attribute(resource, attribute, this))
                .orElseThrow(() -> new IllegalArgumentException(where + ": Fn::GetAtt " + logicalId + "." + attribute
                        + " (" + resource.type() + ") has no local value"));
    }

    private void requireExists(TemplateResource resource, String where) {
        if (!exists(resource)) {
            throw new IllegalArgumentException(where + ": resource '" + resource.logicalId()
                    + "' is not created: its condition " + resource.condition().orElseThrow() + " is false");
        }
    }

    private String sub(Object arguments, String where) {
        String pattern;
        Map<String, Object> variables = Map.of();
        if (arguments instanceof List<?> list) {
            if (list.size() != 2) {
                throw new IllegalArgumentException(where + ": Fn::Sub takes a string or [string, {variables}]");
            }
            pattern = text(list.get(0), where);
            variables = TemplateModel.asMap(walk(list.get(1), where), where);
        } else {
            pattern = text(arguments, where);
        }
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (true) {
            int start = pattern.indexOf("${", position);
            if (start < 0) {
                out.append(pattern, position, pattern.length());
                return out.toString();
            }
            int end = pattern.indexOf('}', start);
            if (end < 0) {
                throw new IllegalArgumentException(where + ": unclosed ${ in '" + pattern + "'");
            }
            out.append(pattern, position, start);
            String name = pattern.substring(start + 2, end).trim();
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');
            } else {
                out.append(substitution(name, variables, where));
            }
            position = end + 1;
        }
    }

    private String substitution(String name, Map<String, Object> variables, String where) {
        if (variables.containsKey(name)) {
            return text(variables.get(name), where + " ${" + name + "}");
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")) {
            return attribute(name.substring(0, dot), name.substring(dot + 1), where);
        }
        Object value = ref(name, where + " ${" + name + "}");
        return value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : text(value, where);
    }

    private String join(Object arguments, String where) {
        List<?> parts = list(walk(arguments, where), where);
        if (parts.size() != 2) {
            throw new IllegalArgumentException(where + ": Fn::Join takes [delimiter, [values]]");
        }
        List<String> values = list(parts.get(1), where).stream().map(item -> text(item, where)).toList();
        return String.join(text(parts.get(0), where), values);
    }

    private Object select(Object arguments, String where) {
        List<?> parts = list(walk(arguments, where), where);
        if (parts.size() != 2) {
            throw new IllegalArgumentException(where + ": Fn::Select takes [index, [values]]");
        }
        int index = Integer.parseInt(text(parts.get(0), where));
        List<?> values = list(parts.get(1), where);
        if (index < 0 || index >= values.size()) {
            throw new IllegalArgumentException(where + ": Fn::Select index " + index + " outside " + values);
        }
        return values.get(index);
    }

    private List<String> split(Object arguments, String where) {
        List<?> parts = list(walk(arguments, where), where);
        if (parts.size() != 2) {
            throw new IllegalArgumentException(where + ": Fn::Split takes [delimiter, text]");
        }
        String delimiter = text(parts.get(0), where);
        String source = text(parts.get(1), where);
        List<String> pieces = new ArrayList<>();
        int position = 0;
        int next;
        while ((next = source.indexOf(delimiter, position)) >= 0 && !delimiter.isEmpty()) {
            pieces.add(source.substring(position, next));
            position = next + delimiter.length();
        }
        pieces.add(source.substring(position));
        return pieces;
    }

    private Object ifThenElse(Object arguments, String where) {
        List<?> parts = list(arguments, where);
        if (parts.size() != 3) {
            throw new IllegalArgumentException(where + ": Fn::If takes [condition, whenTrue, whenFalse]");
        }
        boolean chosen = condition(text(parts.get(0), where));
        return walk(parts.get(chosen ? 1 : 2), where);
    }

    private Object findInMap(Object arguments, String where) {
        List<?> parts = list(walk(arguments, where), where);
        if (parts.size() < 3) {
            throw new IllegalArgumentException(where + ": Fn::FindInMap takes [map, topKey, secondKey]");
        }
        String mapName = text(parts.get(0), where);
        Map<String, Object> mapping = TemplateModel.asMap(template.mappings().get(mapName), where);
        Map<String, Object> top = TemplateModel.asMap(mapping.get(text(parts.get(1), where)), where);
        Object value = top.get(text(parts.get(2), where));
        if (value == null) {
            throw new IllegalArgumentException(where + ": Fn::FindInMap found nothing at " + parts);
        }
        return value;
    }

    private boolean evaluateCondition(Object expression, String where) {
        if (expression instanceof Boolean bool) {
            return bool;
        }
        if (!(expression instanceof Map<?, ?> map) || map.size() != 1) {
            throw new IllegalArgumentException(where + ": not a condition: " + expression);
        }
        Map.Entry<?, ?> call = map.entrySet().iterator().next();
        String function = String.valueOf(call.getKey());
        Object arguments = call.getValue();
        return switch (function) {
            case "Condition" -> condition(text(arguments, where));
            case "Fn::Equals" -> {
                List<?> pair = list(walk(arguments, where), where);
                if (pair.size() != 2) {
                    throw new IllegalArgumentException(where + ": Fn::Equals takes two values");
                }
                yield String.valueOf(pair.get(0)).equals(String.valueOf(pair.get(1)));
            }
            case "Fn::Not" -> !evaluateCondition(list(arguments, where).get(0), where);
            case "Fn::And" -> list(arguments, where).stream().allMatch(item -> evaluateCondition(item, where));
            case "Fn::Or" -> list(arguments, where).stream().anyMatch(item -> evaluateCondition(item, where));
            default -> throw new IllegalArgumentException(where + ": " + function + " is not a condition function");
        };
    }

    private static String toJson(Object value, String where) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": cannot write JSON", e);
        }
    }

    private static List<String> splitList(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(",", -1)).stream().map(String::trim).toList();
    }

    private static List<?> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(where + ": expected a list, got " + value);
    }

    private static String text(Object value, String where) {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException(where + ": expected a text value, got " + value);
        }
        return String.valueOf(value);
    }

    /** An optional property as text; a name such as FunctionName may itself be an intrinsic function. */
    Optional<String> optionalText(Object value, String where) {
        return value == null ? Optional.empty() : Optional.of(resolveString(value, where));
    }
}
