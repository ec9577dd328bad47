package nl.rmt.intake.localstack.template;

import java.util.Map;

/** The values CloudFormation would know from the deployment: stack name, region, account and parameter overrides. */
public record StackSettings(String stackName, String region, String accountId, Map<String, String> parameterOverrides) {

    public static final String DEFAULT_STACK_NAME = "rmt-intake";
    public static final String DEFAULT_REGION = "eu-west-1";
    /** The account id every AWS emulator uses; keeps ARNs from ElasticMQ and the template in agreement. */
    public static final String LOCAL_ACCOUNT_ID = "000000000000";

    public StackSettings {
        parameterOverrides = Map.copyOf(parameterOverrides);
    }

    public static StackSettings defaults() {
        return new StackSettings(DEFAULT_STACK_NAME, DEFAULT_REGION, LOCAL_ACCOUNT_ID, Map.of());
    }

    public String partition() {
        return "aws";
    }
}
