package nl.rmt.intake.localstack.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of Resources. {@code properties} are unresolved: intrinsic functions are still in long form.
 * For AWS::Serverless::Function they already include Globals.Function, for AWS::Serverless::HttpApi Globals.HttpApi.
 */
public record TemplateResource(
        String logicalId,
        String type,
        Map<String, Object> properties,
        Optional<String> condition,
        List<String> dependsOn) {

    public boolean is(String resourceType) {
        return type.equals(resourceType);
    }
}
