package nl.rmt.intake.localstack.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every {@code Ref}, {@code Fn::GetAtt} and {@code ${...}} of {@code Fn::Sub} anywhere in a template (Globals
 * and Outputs included) that names nothing the template defines, and every GetAtt attribute that the named resource's
 * type does not have. Attributes are known for the types in {@link #ATTRIBUTES}; for other types only the
 * resource's existence is checked.
 */
final class ReferenceCheck {

    static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    private static final Set<String> FUNCTION_ATTRIBUTES = Set.of("Arn", "SnapStartResponse",
            "SnapStartResponse.ApplyOn", "SnapStartResponse.OptimizationStatus");
    static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "AWS::SQS::Queue", Set.of("Arn", "QueueName", "QueueUrl"),
            "AWS::DynamoDB::Table", Set.of("Arn", "StreamArn"),
            "AWS::SNS::Topic", Set.of("TopicArn", "TopicName"),
            "AWS::Lambda::Function", FUNCTION_ATTRIBUTES,
            TemplateModel.SERVERLESS_FUNCTION, FUNCTION_ATTRIBUTES);

    private final Set<String> parameters;
    private final Map<String, String> resourceTypes;
    private final List<String> problems = new ArrayList<>();

    /** @param resourceTypes type by logical id, including the ids SAM's transform adds that a template may name */
    ReferenceCheck(Set<String> parameters, Map<String, String> resourceTypes) {
        this.parameters = parameters;
        this.resourceTypes = resourceTypes;
    }

    List<String> problems(Map<String, Object> document) {
        problems.clear();
        document.forEach((section, value) -> walk(value, section));
        return List.copyOf(problems);
    }

    private void walk(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            if (Intrinsics.isIntrinsic(map)) {
                Map.Entry<?, ?> call = map.entrySet().iterator().next();
                intrinsic(String.valueOf(call.getKey()), call.getValue(), where);
                return;
            }
            map.forEach((key, item) -> walk(item, where + "." + key));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + "[" + i + "]");
            }
        }
    }

    private void intrinsic(String function, Object arguments, String where) {
        switch (function) {
            case "Ref" -> {
                if (arguments instanceof String name) {
                    ref(name, where + " (Ref)");
                } else {
                    walk(arguments, where);
                }
            }
            case "Fn::GetAtt" -> getAtt(arguments, where + " (Fn::GetAtt)");
            case "Fn::Sub" -> sub(arguments, where + " (Fn::Sub)");
            default -> walk(arguments, where);
        }
    }

    private void ref(String name, String where) {
        if (!PSEUDO_PARAMETERS.contains(name) && !parameters.contains(name) && !resourceTypes.containsKey(name)) {
            problems.add(where + ": '" + name + "' is no parameter, pseudo parameter or resource of the template");
        }
    }

    private void getAtt(Object arguments, String where) {
        String logicalId;
        Object attribute;
        if (arguments instanceof String dotted && dotted.indexOf('.') > 0) {
            logicalId = dotted.substring(0, dotted.indexOf('.'));
            attribute = dotted.substring(dotted.indexOf('.') + 1);
        } else if (arguments instanceof List<?> parts && parts.size() == 2 && parts.get(0) instanceof String id) {
            logicalId = id;
            attribute = parts.get(1);
        } else {
            problems.add(where + ": takes [LogicalId, Attribute], got " + arguments);
            return;
        }
        String name = attribute instanceof String text ? text : null;
        if (name == null) {
            walk(attribute, where);
        }
        attribute(logicalId, name, where);
    }

    /** @param attribute null where the template computes it, so only the resource can be checked */
    private void attribute(String logicalId, String attribute, String where) {
        String type = resourceTypes.get(logicalId);
        if (type == null) {
            problems.add(where + ": '" + logicalId + "' is no resource of the template");
            return;
        }
        Set<String> known = ATTRIBUTES.get(type);
        if (attribute != null && known != null && !known.contains(attribute)) {
            problems.add(where + ": " + type + " " + logicalId + " has no attribute '" + attribute + "'; it has "
                    + known.stream().sorted().toList());
        }
    }

    private void sub(Object arguments, String where) {
        Object pattern = arguments;
        Set<?> variables = Set.of();
        if (arguments instanceof List<?> list && list.size() == 2 && list.get(1) instanceof Map<?, ?> variableMap) {
            pattern = list.get(0);
            variables = variableMap.keySet();
            walk(variableMap, where);
        }
        if (!(pattern instanceof String text)) {
            walk(pattern, where);
            return;
        }
        SubPlaceholders placeholders = SubPlaceholders.in(text);
        for (String name : placeholders.names()) {
            if (variables.contains(name)) {
                continue;
            }
            int dot = name.indexOf('.');
            if (dot > 0 && !name.startsWith("AWS::")) {
                attribute(name.substring(0, dot), name.substring(dot + 1), where + " ${" + name + "}");
            } else {
                ref(name, where + " ${" + name + "}");
            }
        }
        if (!placeholders.closed()) {
            problems.add(where + ": unclosed ${ in '" + text + "'");
        }
    }
}
