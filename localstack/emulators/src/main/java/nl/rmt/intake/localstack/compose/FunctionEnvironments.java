package nl.rmt.intake.localstack.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;

/** Every function's Environment.Variables (Globals merged), resolved as they are once the stack is in LocalStack. */
public final class FunctionEnvironments {

    private static final List<String> FUNCTION_TYPES = List.of(TemplateModel.SERVERLESS_FUNCTION, "AWS::Lambda::Function");

    private FunctionEnvironments() {
    }

    /** By function logical id, in template order; a variable that resolves to AWS::NoValue is absent. */
    public static Map<String, Map<String, String>> resolve(TemplateModel template, StackSettings stack) {
        IntrinsicResolver resolver = new LocalStackNames(template, stack).resolver();
        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        for (TemplateResource resource : template.resources().values()) {
            if (FUNCTION_TYPES.contains(resource.type()) && resolver.exists(resource)) {
                environments.put(resource.logicalId(), variables(resource, resolver));
            }
        }
        return environments;
    }

    private static Map<String, String> variables(TemplateResource function, IntrinsicResolver resolver) {
        String where = "Resources." + function.logicalId() + ".Properties.Environment";
        Map<String, String> variables = new LinkedHashMap<>();
        if (resolver.resolve(function.properties().get("Environment"), where) instanceof Map<?, ?> environment
                && environment.get("Variables") instanceof Map<?, ?> declared) {
            declared.forEach((name, value) -> {
                if (value instanceof Map<?, ?> || value instanceof List<?>) {
                    throw new IllegalArgumentException(where + ".Variables." + name + " must resolve to text, got " + value);
                }
                variables.put(String.valueOf(name), String.valueOf(value));
            });
        }
        return variables;
    }
}
