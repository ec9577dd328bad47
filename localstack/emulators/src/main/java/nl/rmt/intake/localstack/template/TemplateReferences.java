package nl.rmt.intake.localstack.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the logical ids a piece of the template points at, to create resources after what they name. */
public final class TemplateReferences {

    private TemplateReferences() {
    }

    /** Logical ids (not parameters or pseudo parameters) named by Ref, Fn::GetAtt and Fn::Sub inside {@code value}. */
    public static Set<String> in(Object value) {
        Set<String> found = new LinkedHashSet<>();
        collect(value, found);
        return found;
    }

    private static void collect(Object value, Set<String> found) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.containsKey("Ref")) {
                addUnlessPseudo(String.valueOf(map.get("Ref")), found);
                return;
            }
            if (map.size() == 1 && map.get("Fn::GetAtt") instanceof List<?> target && !target.isEmpty()) {
                addUnlessPseudo(String.valueOf(target.get(0)), found);
                return;
            }
            if (map.size() == 1 && map.containsKey("Fn::Sub")) {
                collectSub(map.get("Fn::Sub"), found);
                return;
            }
            map.values().forEach(item -> collect(item, found));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, found));
        }
    }

    private static void collectSub(Object arguments, Set<String> found) {
        Object pattern = arguments;
        Set<?> variables = Set.of();
        if (arguments instanceof List<?> list && list.size() == 2) {
            pattern = list.get(0);
            if (list.get(1) instanceof Map<?, ?> variableMap) {
                variables = variableMap.keySet();
                variableMap.values().forEach(item -> collect(item, found));
            }
        }
        if (!(pattern instanceof String text)) {
            collect(pattern, found);
            return;
        }
        for (String name : SubPlaceholders.in(text).names()) {
            if (!variables.contains(name)) {
                int dot = name.indexOf('.');
                addUnlessPseudo(dot > 0 ? name.substring(0, dot) : name, found);
            }
        }
    }

    private static void addUnlessPseudo(String name, Set<String> found) {
        if (!name.startsWith("AWS::")) {
            found.add(name);
        }
    }
}
