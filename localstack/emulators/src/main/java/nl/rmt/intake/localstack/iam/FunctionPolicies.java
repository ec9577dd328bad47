package nl.rmt.intake.localstack.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.function.DynamoDbStreamSource;
import nl.rmt.intake.localstack.function.FunctionEvent;
import nl.rmt.intake.localstack.function.SqsQueueSource;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;

/**
 * A function's execution role as the template declares it. With {@code Role}, the AWS::IAM::Role it names: its
 * inline policies (and the AWS managed policies of {@link ManagedPolicies}). Without, the role SAM creates: the
 * basic execution policy, X-Ray's with {@code Tracing: Active}, the {@code Policies} (inline statements and SAM
 * policy templates), and what SAM adds for the event sources (the managed poller policies, an OnFailure
 * destination, a DeadLetterQueue).
 */
public final class FunctionPolicies {

    private final TemplateModel template;
    private final IntrinsicResolver resolver;
    private final LocalArns arns;

    public FunctionPolicies(TemplateModel template, IntrinsicResolver resolver, LocalArns arns) {
        this.template = template;
        this.resolver = resolver;
        this.arns = arns;
    }

    public IamPolicy read(TemplateResource function, List<FunctionEvent> events) {
        Map<String, Object> properties = function.properties();
        String where = "Resources." + function.logicalId() + ".Properties";
        if (properties.containsKey("Role")) {
            return roleNamedBy(properties.get("Role"), where + ".Role");
        }
        List<IamStatement> statements = new ArrayList<>(ManagedPolicies.statements("AWSLambdaBasicExecutionRole", where));
        if ("Active".equals(String.valueOf(properties.get("Tracing")))) {
            statements.addAll(ManagedPolicies.statements("AWSXrayWriteOnlyAccess", where + ".Tracing"));
        }
        Object policies = properties.get("Policies");
        if (policies != null) {
            List<?> list = policies instanceof List<?> items ? items : List.of(policies);
            for (int i = 0; i < list.size(); i++) {
                statements.addAll(samPolicy(list.get(i), where + ".Policies[" + i + "]"));
            }
        }
        for (FunctionEvent event : events) {
            if (event instanceof SqsQueueSource) {
                statements.addAll(ManagedPolicies.statements("AWSLambdaSQSQueueExecutionRole", where + ".Events"));
            }
            if (event instanceof DynamoDbStreamSource stream) {
                statements.addAll(ManagedPolicies.statements("AWSLambdaDynamoDBExecutionRole", where + ".Events"));
                stream.onFailureDestinationArn().ifPresent(destination -> statements.add(new IamStatement(true,
                        List.of("sqs:SendMessage"), List.of(destination), where + ".Events.OnFailure")));
            }
        }
        if (properties.get("DeadLetterQueue") instanceof Map<?, ?> deadLetterQueue) {
            String target = resolver.resolveString(deadLetterQueue.get("TargetArn"), where + ".DeadLetterQueue.TargetArn");
            String action = "SNS".equals(String.valueOf(deadLetterQueue.get("Type"))) ? "sns:Publish" : "sqs:SendMessage";
            statements.add(new IamStatement(true, List.of(action), List.of(target), where + ".DeadLetterQueue"));
        }
        return new IamPolicy(statements);
    }

    private IamPolicy roleNamedBy(Object role, String where) {
        String logicalId = roleLogicalId(role, where);
        TemplateResource resource = template.resource(logicalId)
                .filter(found -> found.is("AWS::IAM::Role"))
                .orElseThrow(() -> new IllegalArgumentException(where + ": " + logicalId + " is not an AWS::IAM::Role of "
                        + template.source()));
        String at = "Resources." + logicalId + ".Properties";
        List<IamStatement> statements = new ArrayList<>();
        Object managed = resolver.resolve(resource.properties().get("ManagedPolicyArns"), at + ".ManagedPolicyArns");
        if (managed instanceof List<?> arnsOfManaged) {
            for (Object arn : arnsOfManaged) {
                String text = String.valueOf(arn);
                statements.addAll(ManagedPolicies.statements(text.substring(text.lastIndexOf('/') + 1), at));
            }
        }
        if (resource.properties().get("Policies") instanceof List<?> policies) {
            for (int i = 0; i < policies.size(); i++) {
                String policyAt = at + ".Policies[" + i + "]";
                Object document = ((Map<?, ?>) policies.get(i)).get("PolicyDocument");
                statements.addAll(PolicyDocuments.statements(resolver.resolve(document, policyAt), policyAt));
            }
        }
        return new IamPolicy(statements);
    }

    /** {@code !GetAtt RoleId.Arn}; a role given as a literal ARN is not one of the template's and cannot be read. */
    private static String roleLogicalId(Object role, String where) {
        if (role instanceof Map<?, ?> map && map.get("Fn::GetAtt") instanceof List<?> parts && parts.size() == 2
                && "Arn".equals(parts.get(1))) {
            return String.valueOf(parts.get(0));
        }
        throw new IllegalArgumentException(where + ": the local stack reads a role given as !GetAtt <Role>.Arn, got " + role);
    }

    private List<IamStatement> samPolicy(Object policy, String where) {
        if (policy instanceof String managedName) {
            return ManagedPolicies.statements(managedName.substring(managedName.lastIndexOf('/') + 1), where);
        }
        Map<?, ?> map = (Map<?, ?>) policy;
        if (map.containsKey("Statement")) {
            return PolicyDocuments.statements(resolver.resolve(map, where), where);
        }
        if (map.size() != 1) {
            throw new IllegalArgumentException(where + ": expected a statement list or one SAM policy template, got " + map.keySet());
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        Object parameters = resolver.resolve(entry.getValue(), where + "." + entry.getKey());
        return SamPolicyTemplates.statements(String.valueOf(entry.getKey()),
                parameters instanceof Map<?, ?> values ? values : Map.of(), arns, where);
    }
}
