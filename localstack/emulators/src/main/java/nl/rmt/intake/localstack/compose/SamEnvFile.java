package nl.rmt.intake.localstack.compose;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;

/**
 * The {@code --env-vars} file for {@code sam local invoke} and {@code sam local start-api}: per function, the
 * variables template.yaml sets, resolved to the resources the init script creates in LocalStack.
 *
 * <p>SAM passes only variables the template declares for the function and drops the others, so
 * {@code AWS_ENDPOINT_URL} cannot be added here. The SDK's system properties, which it reads before the environment,
 * go into the declared {@code JAVA_TOOL_OPTIONS} instead: the endpoint, the region the script created the resources
 * in, and test credentials, which put every call in the account the generated ARNs name (the host's own keys, which
 * SAM passes on, could make LocalStack use another).
 */
public final class SamEnvFile {

    static final String JAVA_OPTIONS = "JAVA_TOOL_OPTIONS";

    private SamEnvFile() {
    }

    /** @param endpoint where the function containers reach LocalStack */
    public static String generate(TemplateModel template, StackSettings stack, String endpoint) {
        Map<String, Map<String, String>> file = new LinkedHashMap<>();
        FunctionEnvironments.resolve(template, stack).forEach((function, environment) -> {
            Map<String, String> variables = new LinkedHashMap<>(environment);
            String javaOptions = variables.get(JAVA_OPTIONS);
            if (javaOptions == null) {
                throw new IllegalArgumentException(function + " does not declare " + JAVA_OPTIONS + ": sam local passes only"
                        + " declared variables, so nothing else could aim its AWS clients at LocalStack");
            }
            variables.put(JAVA_OPTIONS, (javaOptions + " " + sdkProperties(stack, endpoint)).strip());
            file.put(function, variables);
        });
        return Json.pretty(file) + "\n";
    }

    static String sdkProperties(StackSettings stack, String endpoint) {
        return "-Daws.endpointUrl=" + endpoint + " -Daws.region=" + stack.region()
                + " -Daws.accessKeyId=test -Daws.secretAccessKey=test";
    }
}
