package nl.rmt.intake.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.function.FunctionReader;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;

/**
 * What the template's functions see when they run in this JVM: their resolved environment variables
 * and SDK settings aimed at the emulators. Handlers read configuration from {@code System.getenv(name)}
 * and fall back to {@code System.getProperty(name)}, so {@link #applyToSystemProperties()} configures
 * every in-process function at once.
 */
public final class LocalAwsEnvironment {

    private final StackSettings stack;
    private final ServiceEndpoints endpoints;
    private final List<FunctionDefinition> functions;
    private final List<String> templateProblems;

    private LocalAwsEnvironment(StackSettings stack, ServiceEndpoints endpoints, List<FunctionDefinition> functions,
                                List<String> templateProblems) {
        this.stack = stack;
        this.endpoints = endpoints;
        this.functions = List.copyOf(functions);
        this.templateProblems = List.copyOf(templateProblems);
    }

    public static LocalAwsEnvironment of(TemplateModel template, StackSettings stack, ProvisionedResources resources,
                                         ServiceEndpoints endpoints) {
        IntrinsicResolver resolver = new IntrinsicResolver(template, stack, resources);
        FunctionReader reader = new FunctionReader(template, resolver, resources);
        List<FunctionDefinition> functions = reader.read();
        return new LocalAwsEnvironment(stack, endpoints, functions, reader.problems());
    }

    public List<FunctionDefinition> functions() {
        return functions;
    }

    /**
     * What SAM's transform would refuse although the local stack serves it, such as an AWS_IAM route on an API
     * without EnableIamAuthorizer, each naming its place in the template. Empty for a deployable template.
     */
    public List<String> templateProblems() {
        return templateProblems;
    }

    public FunctionDefinition function(String logicalId) {
        return functions.stream().filter(function -> function.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No function '" + logicalId + "'; the template has "
                        + functions.stream().map(FunctionDefinition::logicalId).toList()));
    }

    public StackSettings stack() {
        return stack;
    }

    public ServiceEndpoints endpoints() {
        return endpoints;
    }

    /** The SDK v2 settings (system property names) that aim a default-built client at the emulators. */
    public Map<String, String> sdkSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("aws.region", stack.region());
        settings.put("aws.accessKeyId", LocalClients.ACCESS_KEY_ID);
        settings.put("aws.secretAccessKey", LocalClients.SECRET_ACCESS_KEY);
        settings.put("aws.endpointUrlDynamoDb", endpoints.dynamoDb().toString());
        settings.put("aws.endpointUrlDynamoDbStreams", endpoints.dynamoDb().toString());
        settings.put("aws.endpointUrlSqs", endpoints.sqs().toString());
        settings.put("aws.endpointUrlSesV2", endpoints.sesV2().toString());
        return settings;
    }

    /**
     * Every function's environment variables plus the SDK settings. All functions share one JVM, so a
     * name that two functions set to different values cannot be honoured and fails here, naming both.
     */
    public Map<String, String> systemProperties() {
        Map<String, String> properties = new TreeMap<>();
        Map<String, String> setBy = new LinkedHashMap<>();
        for (FunctionDefinition function : functions) {
            function.environment().forEach((name, value) -> {
                String earlier = properties.putIfAbsent(name, value);
                if (earlier != null && !earlier.equals(value)) {
                    throw new IllegalStateException("Environment variable " + name + " is '" + earlier + "' for "
                            + setBy.get(name) + " but '" + value + "' for " + function.logicalId()
                            + ": functions running in one JVM share their configuration; give the two values distinct names");
                }
                setBy.putIfAbsent(name, function.logicalId());
            });
        }
        sdkSettings().forEach((name, value) -> {
            if (properties.containsKey(name)) {
                throw new IllegalStateException("Environment variable " + name + " of " + setBy.get(name)
                        + " collides with the SDK setting of the same name");
            }
            properties.put(name, value);
        });
        return properties;
    }

    /** Sets {@link #systemProperties()} in this JVM; fails before setting anything if two functions disagree. */
    public void applyToSystemProperties() {
        systemProperties().forEach(System::setProperty);
    }
}
