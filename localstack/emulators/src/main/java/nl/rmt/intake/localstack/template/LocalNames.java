package nl.rmt.intake.localstack.template;

import java.util.Locale;
import java.util.Optional;

/**
 * Names for resources that are not emulated but that a template commonly refers to, such as a
 * function's own name, derived the way CloudFormation would when no name is set (minus the random suffix).
 */
public final class LocalNames {

    private LocalNames() {
    }

    static Optional<String> ref(TemplateResource resource, IntrinsicResolver resolver) {
        return switch (resource.type()) {
            case "AWS::Serverless::Function", "AWS::Lambda::Function" -> Optional.of(functionName(resource, resolver));
            case "AWS::Serverless::HttpApi", "AWS::Serverless::Api", "AWS::ApiGatewayV2::Api" ->
                    Optional.of(resource.logicalId().toLowerCase(Locale.ROOT));
            default -> Optional.empty();
        };
    }

    static Optional<String> attribute(TemplateResource resource, String attribute, IntrinsicResolver resolver) {
        boolean function = resource.is("AWS::Serverless::Function") || resource.is("AWS::Lambda::Function");
        if (function && attribute.equals("Arn")) {
            StackSettings stack = resolver.stack();
            return Optional.of("arn:" + stack.partition() + ":lambda:" + stack.region() + ":" + stack.accountId()
                    + ":function:" + functionName(resource, resolver));
        }
        return Optional.empty();
    }

    /** FunctionName if the template sets one, otherwise {@code <stack>-<LogicalId>}. */
    public static String functionName(TemplateResource resource, IntrinsicResolver resolver) {
        return resolver.optionalText(resource.properties().get("FunctionName"),
                        "Resources." + resource.logicalId() + ".Properties.FunctionName")
                .orElse(resolver.stack().stackName() + "-" + resource.logicalId());
    }
}
